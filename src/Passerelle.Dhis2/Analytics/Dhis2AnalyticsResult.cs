namespace Passerelle.Dhis2.Analytics;

/// <summary>An analytics grid: headers, rows addressable by header name, and item names from <c>metaData</c>.</summary>
public sealed record Dhis2AnalyticsResult(
    IReadOnlyList<Dhis2AnalyticsHeader> Headers,
    IReadOnlyList<Dhis2AnalyticsRow> Rows,
    IReadOnlyDictionary<string, string> ItemNames,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Dimensions)
{
    /// <summary>The display name DHIS2 gave an item (UID, period, keyword), or the id itself.</summary>
    public string NameOf(string id) => ItemNames.TryGetValue(id, out var name) ? name : id;
}

/// <summary>One column of the grid (<c>dx</c>, <c>pe</c>, <c>ou</c>, <c>value</c>, <c>numerator</c>…).</summary>
public sealed record Dhis2AnalyticsHeader(string Name, string? Column, string? ValueType, bool Hidden, bool Meta);
