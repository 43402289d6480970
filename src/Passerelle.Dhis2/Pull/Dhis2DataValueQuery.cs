using System.Globalization;
using Passerelle.Dhis2.Http;
using Passerelle.Dhis2.Push;

namespace Passerelle.Dhis2.Pull;

/// <summary>
/// What to export from <c>GET /api/dataValueSets</c> (web-api.md §6.4). DHIS2 requires one of data sets / data
/// elements / data element groups, one of periods / start+end dates / lastUpdated, and one of org units / groups.
/// </summary>
public sealed record Dhis2DataValueQuery
{
    public IReadOnlyList<string> DataSets { get; init; } = [];

    public IReadOnlyList<string> DataElements { get; init; } = [];

    public IReadOnlyList<string> DataElementGroups { get; init; } = [];

    /// <summary>ISO periods (<c>202401</c>, <c>2024</c>); take precedence over start and end dates.</summary>
    public IReadOnlyList<string> Periods { get; init; } = [];

    public DateOnly? StartDate { get; init; }

    public DateOnly? EndDate { get; init; }

    public IReadOnlyList<string> OrgUnits { get; init; } = [];

    public IReadOnlyList<string> OrgUnitGroups { get; init; } = [];

    /// <summary>Include the whole subtree of each org unit.</summary>
    public bool Children { get; init; }

    /// <summary>Only values changed since this instant (incremental pull).</summary>
    public DateTimeOffset? LastUpdated { get; init; }

    public bool IncludeDeleted { get; init; }

    /// <summary>Identifier scheme of the output (UID by default).</summary>
    public Dhis2IdScheme? IdScheme { get; init; }

    internal string ToRelativeUrl()
    {
        Validate();
        return new QueryString()
            .AddAll("dataSet", DataSets)
            .AddAll("dataElement", DataElements)
            .AddAll("dataElementGroup", DataElementGroups)
            .AddAll("period", Periods)
            .Add("startDate", StartDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            .Add("endDate", EndDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            .AddAll("orgUnit", OrgUnits)
            .AddAll("orgUnitGroup", OrgUnitGroups)
            .Add("children", Children ? true : null)
            .Add("lastUpdated", LastUpdated?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture))
            .Add("includeDeleted", IncludeDeleted ? true : null)
            .Add("idScheme", IdScheme is { } scheme ? MetadataImporter.Wire(scheme) : null)
            .AppendTo("dataValueSets.json");
    }

    private void Validate()
    {
        if (DataSets.Count + DataElements.Count + DataElementGroups.Count == 0)
        {
            throw new ArgumentException("Indiquez au moins un data set, data element ou groupe / "
                + "give at least one data set, data element or data element group (DHIS2 E2001)");
        }

        if (Periods.Count == 0 && LastUpdated is null && (StartDate is null || EndDate is null))
        {
            throw new ArgumentException("Indiquez des périodes, une date de début et de fin, ou lastUpdated / "
                + "give periods, a start and end date, or lastUpdated (DHIS2 E2002)");
        }

        if (OrgUnits.Count + OrgUnitGroups.Count == 0)
        {
            throw new ArgumentException("Indiquez au moins une unité d'organisation ou un groupe / "
                + "give at least one organisation unit or group (DHIS2 E2006)");
        }
    }
}
