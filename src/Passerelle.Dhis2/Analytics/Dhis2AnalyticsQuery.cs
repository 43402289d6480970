using Passerelle.Dhis2.Http;

namespace Passerelle.Dhis2.Analytics;

/// <summary>
/// An aggregate <c>/api/analytics</c> request (web-api.md §7): items per dimension (<c>dx</c>, <c>pe</c>, <c>ou</c>)
/// and filters aggregated away. Items may be UIDs, ISO or relative periods, <c>LEVEL-2</c>, <c>USER_ORGUNIT</c>…
/// </summary>
public sealed record Dhis2AnalyticsQuery
{
    /// <summary><c>dx</c>: indicator or data element UIDs, or <c>de.coc</c> operands.</summary>
    public IReadOnlyList<string> Data { get; init; } = [];

    /// <summary><c>pe</c>: ISO periods or relative periods (<c>LAST_12_MONTHS</c>).</summary>
    public IReadOnlyList<string> Periods { get; init; } = [];

    /// <summary><c>ou</c>: org unit UIDs, <c>LEVEL-n</c>, <c>OU_GROUP-uid</c>, <c>USER_ORGUNIT</c>.</summary>
    public IReadOnlyList<string> OrgUnits { get; init; } = [];

    /// <summary>Other dimensions as <c>id:item;item</c> (e.g. a category UID, or <c>co</c>).</summary>
    public IReadOnlyList<string> OtherDimensions { get; init; } = [];

    /// <summary>Filters as <c>dim:item;item</c>, e.g. <c>pe:2024</c>.</summary>
    public IReadOnlyList<string> Filters { get; init; } = [];

    public bool IncludeNumeratorDenominator { get; init; }

    public bool SkipRounding { get; init; }

    /// <summary>Anchor date for relative periods (<c>relativePeriodDate</c>).</summary>
    public DateOnly? RelativePeriodDate { get; init; }

    internal string ToRelativeUrl()
    {
        if (Data.Count == 0 && !Filters.Any(f => f.StartsWith("dx:", StringComparison.Ordinal)))
        {
            throw new ArgumentException("Indiquez au moins un élément de données (dx) / give at least one data item (dx) (DHIS2 E7102)");
        }

        var query = new QueryString();
        AddDimension(query, "dx", Data);
        AddDimension(query, "pe", Periods);
        AddDimension(query, "ou", OrgUnits);
        return query
            .AddAll("dimension", OtherDimensions)
            .AddAll("filter", Filters)
            .Add("includeNumDen", IncludeNumeratorDenominator ? true : null)
            .Add("skipRounding", SkipRounding ? true : null)
            .Add("relativePeriodDate", RelativePeriodDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
            .Add("displayProperty", "NAME")
            .AppendTo("analytics");
    }

    private static void AddDimension(QueryString query, string dimension, IReadOnlyList<string> items)
    {
        if (items.Count > 0)
        {
            query.Add("dimension", dimension + ":" + string.Join(';', items));
        }
    }
}
