using System.Globalization;
using Passerelle.Core.Publishing;
using Passerelle.Dhis2;
using Passerelle.Dhis2.Analytics;

namespace Passerelle.Sync.Publishing;

/// <summary>
/// Reads pushed values back through <c>/api/analytics</c> (dx = the data elements, pe = the period, ou = the org
/// units, by batches) and compares each total with what Passerelle computed. Real DHIS2 analytics read the analytics
/// tables, so they are generated first (<c>POST /api/resourceTables/analytics</c>, then the job is polled) unless
/// asked not to — then the comparison shows the tables' last state.
/// </summary>
internal sealed class AnalyticsReadBack(Dhis2Client client)
{
    private const int OrgUnitsPerQuery = 100;

    /// <summary>Analytics round to 2 decimals (web-api.md §9).</summary>
    private const double Tolerance = 0.005;

    public async Task<ReadBackReport> CompareAsync(
        IReadOnlyList<AggregateValue> expected, string period, bool refreshTables, int? lastYears, CancellationToken cancellationToken)
    {
        // Summed straight into the totals: grouping a continent's million and a half values first held them twice.
        var totals = new Dictionary<(string DataElement, string OrgUnit), double>();
        foreach (var v in expected)
        {
            var key = (v.Key.DataElement, v.Key.OrgUnit);
            totals[key] = totals.GetValueOrDefault(key) + double.Parse(v.Value, NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        if (totals.Count == 0)
        {
            return new ReadBackReport(0, false, []);
        }

        if (refreshTables)
        {
            await client.RefreshAnalyticsTablesAsync(lastYears, cancellationToken);
        }

        var elements = totals.Keys.Select(k => k.DataElement).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var units = totals.Keys.Select(k => k.OrgUnit).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var found = new Dictionary<(string, string), double>();
        foreach (var batch in units.Chunk(OrgUnitsPerQuery))
        {
            var result = await client.GetAnalyticsAsync(new Dhis2AnalyticsQuery { Data = elements, Periods = [period], OrgUnits = batch, SkipRounding = true }, cancellationToken);
            foreach (var row in result.Rows)
            {
                if (row.DataItem is { } dx && row.OrgUnit is { } ou && row.Value is { } value)
                {
                    found[(dx, ou)] = value;
                }
            }
        }

        var differences = totals
            .Where(t => !found.TryGetValue(t.Key, out var held) ? t.Value != 0 : Math.Abs(held - t.Value) > Tolerance)
            .Select(t => new ReadBackDifference(t.Key.DataElement, period, t.Key.OrgUnit, t.Value, found.TryGetValue(t.Key, out var held) ? held : null))
            .OrderBy(d => d.OrgUnit, StringComparer.Ordinal).ThenBy(d => d.DataElement, StringComparer.Ordinal)
            .ToList();
        return new ReadBackReport(totals.Count, refreshTables, differences);
    }
}
