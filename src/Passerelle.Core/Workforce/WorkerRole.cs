namespace Passerelle.Core.Workforce;

/// <summary>
/// One health worker's position at a facility, as it leaves a workforce source: pseudonymised,
/// with only what aggregation needs. No name, national id, phone or birth date ever appears here.
/// </summary>
/// <param name="WorkerPseudonym">Keyed HMAC-SHA256 of the worker's source id (see <c>Privacy.Pseudonymizer</c>).</param>
/// <param name="RoleId">Source id of the position/role (not personal).</param>
/// <param name="FacilitySourceId">The source's own id of the facility, or null when missing.</param>
/// <param name="JobCode">The source job code, or null when missing.</param>
/// <param name="JobTitle">The job title as the source writes it.</param>
/// <param name="CadreCode">The cadre the source states, when it states one; mapping decides otherwise.</param>
/// <param name="BirthYear">Year of birth only, for age bands; the full date is dropped on arrival.</param>
public sealed record WorkerRole(
    string WorkerPseudonym,
    string RoleId,
    string? FacilitySourceId,
    string? JobCode,
    string? JobTitle,
    string? CadreCode,
    Sex Sex,
    int? BirthYear,
    EmploymentStatus EmploymentStatus,
    DateOnly? Start,
    DateOnly? End,
    bool Active)
{
    /// <summary>In post on the reference date (reference/ihris/ihris.md §2.10).</summary>
    public bool IsInPostOn(DateOnly date) =>
        Active && (Start is null || Start <= date) && (End is null || End >= date);
}
