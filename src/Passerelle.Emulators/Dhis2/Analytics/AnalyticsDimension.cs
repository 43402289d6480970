namespace Passerelle.Emulators.Dhis2.Analytics;

/// <summary>One <c>dimension=</c> or <c>filter=</c> of an analytics request, with its items once resolved.</summary>
internal sealed record AnalyticsDimension(string Id, IReadOnlyList<string> RequestedItems, bool IsFilter)
{
    /// <summary>Resolved output items (uids, ISO periods, operands).</summary>
    public List<string> Items { get; } = [];

    public string Column => Id switch
    {
        "dx" => "Data",
        "pe" => "Period",
        "ou" => "Organisation unit",
        "co" => "Category option combo",
        _ => Id,
    };

    /// <summary>Parses repeatable parameters of the form <c>dx:a;b,ou:c</c>.</summary>
    public static IEnumerable<AnalyticsDimension> Parse(IEnumerable<string> parameters, bool isFilter) =>
        parameters.SelectMany(p => p.Split(',', StringSplitOptions.RemoveEmptyEntries))
            .Select(d =>
            {
                var colon = d.IndexOf(':', StringComparison.Ordinal);
                return colon < 0
                    ? new AnalyticsDimension(d, [], isFilter)
                    : new AnalyticsDimension(d[..colon], d[(colon + 1)..].Split(';', StringSplitOptions.RemoveEmptyEntries), isFilter);
            });
}
