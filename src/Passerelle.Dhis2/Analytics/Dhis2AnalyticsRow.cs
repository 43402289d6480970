using System.Globalization;

namespace Passerelle.Dhis2.Analytics;

/// <summary>One grid row; cells are read by header name (DHIS2 writes every cell as a string, e.g. <c>"101.47"</c>).</summary>
public sealed class Dhis2AnalyticsRow
{
    private readonly IReadOnlyDictionary<string, int> _columns;
    private readonly IReadOnlyList<string?> _cells;

    internal Dhis2AnalyticsRow(IReadOnlyDictionary<string, int> columns, IReadOnlyList<string?> cells)
    {
        _columns = columns;
        _cells = cells;
    }

    /// <summary>The cell under <paramref name="header"/>; throws when the grid has no such column.</summary>
    public string? this[string header] => _columns.TryGetValue(header, out var index)
        ? index < _cells.Count ? _cells[index] : null
        : throw new KeyNotFoundException($"Colonne analytics absente / no analytics column '{header}'");

    public string? DataItem => Get("dx");

    public string? Period => Get("pe");

    public string? OrgUnit => Get("ou");

    /// <summary>The <c>value</c> cell as a number.</summary>
    public double? Value => GetNumber("value");

    public string? Get(string header) =>
        _columns.TryGetValue(header, out var index) && index < _cells.Count ? _cells[index] : null;

    public double? GetNumber(string header) =>
        double.TryParse(Get(header), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;
}
