namespace Passerelle.Dhis2.Model;

/// <summary>An organisation unit group (e.g. a facility type) with its members and group sets.</summary>
public sealed record Dhis2OrganisationUnitGroup(
    string Id,
    string? Code = null,
    string? Name = null,
    string? ShortName = null,
    IReadOnlyList<Dhis2Reference>? OrganisationUnits = null,
    IReadOnlyList<Dhis2Reference>? GroupSets = null);
