using Passerelle.Core.Workforce;

namespace Passerelle.Core.Staffing;

/// <summary>
/// A worker role resolved to what counting needs: the golden facility and the national cadre.
/// Built by the pipeline from a <see cref="WorkerRole"/>, the facility crosswalk and the cadre map.
/// </summary>
public sealed record StaffAssignment(
    string WorkerPseudonym,
    string FacilityId,
    string CadreCode,
    Sex Sex,
    EmploymentStatus EmploymentStatus);
