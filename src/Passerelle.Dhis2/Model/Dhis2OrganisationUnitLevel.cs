namespace Passerelle.Dhis2.Model;

/// <summary>A named level of the hierarchy (1 = national).</summary>
public sealed record Dhis2OrganisationUnitLevel(string Id, string? Name, int Level, string? Code = null);
