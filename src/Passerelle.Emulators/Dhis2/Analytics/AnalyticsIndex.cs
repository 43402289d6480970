using System.Globalization;
using Passerelle.Emulators.Dhis2.Api;
using Passerelle.Emulators.Dhis2.DataValues;

namespace Passerelle.Emulators.Dhis2.Analytics;

/// <summary>
/// The numeric values analytics aggregate, indexed by data element, then by every org unit on the value's path (the
/// unit itself and its ancestors), so that summing a subtree reads only the values it adds up. Entries keep the source
/// order (<see cref="AnalyticsEntry.Sequence"/>) so sums are added in the same order as a plain scan would.
/// Built once per state of the store (<see cref="Dhis2Store.Generation"/>); callers hold the store lock.
/// </summary>
internal sealed class AnalyticsIndex
{
    private static readonly IReadOnlyList<AnalyticsEntry> None = [];

    private readonly Dictionary<string, Dictionary<string, List<AnalyticsEntry>>> _byElementAndUnit = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> _pathOfUnit = new(StringComparer.Ordinal);

    private AnalyticsIndex()
    {
    }

    /// <summary>The store state this index was built from.</summary>
    public long Generation { get; private init; }

    public bool FromTables { get; private init; }

    /// <summary>
    /// Indexes the live values, or those captured by the last analytics table run. Values kept: not deleted, with a
    /// valid period, a number, and an org unit that has a path.
    /// </summary>
    public static AnalyticsIndex Build(Dhis2Store store, bool fromTables)
    {
        var index = new AnalyticsIndex { Generation = store.Generation, FromTables = fromTables };
        var periods = new Dictionary<string, Period?>(StringComparer.Ordinal);
        IEnumerable<StoredDataValue> source = fromTables ? store.AnalyticsTables ?? [] : store.AllValues;
        var sequence = 0;
        foreach (var value in source)
        {
            if (value.Deleted)
            {
                continue;
            }

            if (!periods.TryGetValue(value.Key.Period, out var period))
            {
                period = Period.Parse(value.Key.Period);
                periods[value.Key.Period] = period;
            }

            if (period is null
                || !double.TryParse(value.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                || index.PathOf(store, value.Key.OrgUnit) is not { } path)
            {
                continue;
            }

            if (!index._byElementAndUnit.TryGetValue(value.Key.DataElement, out var byUnit))
            {
                byUnit = new Dictionary<string, List<AnalyticsEntry>>(StringComparer.Ordinal);
                index._byElementAndUnit[value.Key.DataElement] = byUnit;
            }

            var entry = new AnalyticsEntry(sequence++, value.Key.CategoryOptionCombo, value.Key.AttributeOptionCombo, period, number);
            foreach (var unit in path)
            {
                if (!byUnit.TryGetValue(unit, out var entries))
                {
                    entries = [];
                    byUnit[unit] = entries;
                }

                entries.Add(entry);
            }
        }

        return index;
    }

    /// <summary>The values of <paramref name="dataElement"/> stored at <paramref name="unit"/> or below it, in source order.</summary>
    public IReadOnlyList<AnalyticsEntry> Within(string dataElement, string unit) =>
        _byElementAndUnit.TryGetValue(dataElement, out var byUnit) && byUnit.TryGetValue(unit, out var entries) ? entries : None;

    /// <summary>The uids on the unit's path (root first, the unit last), or null when the unit or its path is missing.</summary>
    private string[]? PathOf(Dhis2Store store, string unit)
    {
        if (_pathOfUnit.TryGetValue(unit, out var path))
        {
            return path;
        }

        if (Dhis2Json.Str(store.Get("organisationUnits", unit)?["path"]) is not { } text)
        {
            return null;
        }

        path = [.. text.Split('/', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal)];
        _pathOfUnit[unit] = path;
        return path;
    }
}

/// <summary>One numeric value as analytics sum it.</summary>
/// <param name="Sequence">Position in the source, to add values up in the order a scan of the store would.</param>
internal sealed record AnalyticsEntry(int Sequence, string CategoryOptionCombo, string AttributeOptionCombo, Period Period, double Number);
