using Passerelle.Core.Workforce;

namespace Passerelle.Core.Storage;

/// <summary>One cell of a staff snapshot: how many workers were in post on <paramref name="SnapshotDate"/>.</summary>
/// <param name="Period">The reporting period the snapshot stands for (e.g. <c>2024Q1</c>).</param>
/// <param name="FacilityId">The golden facility id.</param>
public sealed record StaffCount(
    string Period,
    DateOnly SnapshotDate,
    string FacilityId,
    string CadreCode,
    Sex Sex,
    EmploymentStatus EmploymentStatus,
    int Headcount);
