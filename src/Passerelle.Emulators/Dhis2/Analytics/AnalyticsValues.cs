using System.Globalization;
using Passerelle.Emulators.Dhis2.Api;
using Passerelle.Emulators.Dhis2.DataValues;

namespace Passerelle.Emulators.Dhis2.Analytics;

/// <summary>Sums stored numeric values of a data element or operand over periods and org unit subtrees (what DHIS2's analytics tables hold).</summary>
/// <param name="fromTables">Read the values captured by the last analytics table run rather than the live ones.</param>
internal sealed class AnalyticsValues(Dhis2Store store, bool fromTables)
{
    private readonly Dictionary<string, List<(StoredDataValue Value, Period Period, string Path, double Number)>> _byElement = new(StringComparer.Ordinal);

    /// <summary>Sum for <c>de</c>, <c>de.coc</c>, <c>de.coc.aoc</c> or <c>de.*.aoc</c>; null when no value matches.</summary>
    public double? Sum(string operand, IReadOnlyList<Period> periods, IReadOnlyList<string> units)
    {
        var parts = operand.Split('.');
        var coc = parts.Length > 1 && parts[1] != "*" ? parts[1] : null;
        var aoc = parts.Length > 2 ? parts[2] : null;
        double? total = null;
        foreach (var (value, period, path, number) in Values(parts[0]))
        {
            if ((coc is null || value.Key.CategoryOptionCombo == coc) && (aoc is null || value.Key.AttributeOptionCombo == aoc)
                && periods.Any(p => period.Within(p.Start, p.End)) && units.Any(u => path.Contains("/" + u + "/", StringComparison.Ordinal)))
            {
                total = (total ?? 0) + number;
            }
        }

        return total;
    }

    private List<(StoredDataValue, Period, string, double)> Values(string dataElement)
    {
        if (!_byElement.TryGetValue(dataElement, out var list))
        {
            list = [];
            IEnumerable<StoredDataValue> source = fromTables ? store.AnalyticsTables ?? [] : store.AllValues;
            foreach (var value in source.Where(v => v.Key.DataElement == dataElement && !v.Deleted))
            {
                if (Period.Parse(value.Key.Period) is { } period
                    && double.TryParse(value.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                    && Dhis2Json.Str(store.Get("organisationUnits", value.Key.OrgUnit)?["path"]) is { } path)
                {
                    list.Add((value, period, path + "/", number));
                }
            }

            _byElement[dataElement] = list;
        }

        return list;
    }
}
