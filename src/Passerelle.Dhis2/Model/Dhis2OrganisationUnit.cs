namespace Passerelle.Dhis2.Model;

/// <summary>An organisation unit (web-api.md §4.5). Fields not asked for in <c>fields</c> are null.</summary>
public sealed record Dhis2OrganisationUnit(
    string Id,
    string? Code = null,
    string? Name = null,
    string? ShortName = null,
    string? DisplayName = null,
    int? Level = null,
    string? Path = null,
    Dhis2Reference? Parent = null,
    DateOnly? OpeningDate = null,
    DateOnly? ClosedDate = null,
    Dhis2Geometry? Geometry = null,
    IReadOnlyList<Dhis2Reference>? OrganisationUnitGroups = null,
    DateTimeOffset? LastUpdated = null)
{
    /// <summary>Ancestor UIDs from the root down, read from <see cref="Path"/>.</summary>
    public IReadOnlyList<string> AncestorIds =>
        Path is null ? [] : Path.Split('/', StringSplitOptions.RemoveEmptyEntries)[..^1];
}
