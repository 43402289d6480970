using Passerelle.Core.Publishing;

namespace Passerelle.Sync.Publishing;

/// <summary>Writes a data value diff as CSV (one row per value, with its fate), for <c>push --dry-run</c>.</summary>
public static class DiffCsvWriter
{
    public static async Task WriteAsync(DataValueDiff diff, string path, Func<AggregateKey, string?> currentValue, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(diff);
        await using var writer = new StreamWriter(path, false, new System.Text.UTF8Encoding(false));
        await writer.WriteLineAsync("change,dataElement,period,orgUnit,categoryOptionCombo,attributeOptionCombo,value,dhis2Value".AsMemory(), cancellationToken);
        async Task Rows(string change, IEnumerable<AggregateValue> values, bool desired)
        {
            foreach (var v in values.OrderBy(v => v.Key.OrgUnit, StringComparer.Ordinal).ThenBy(v => v.Key.DataElement, StringComparer.Ordinal))
            {
                var k = v.Key;
                var held = desired ? currentValue(k) ?? "" : v.Value;
                var wanted = desired ? v.Value : "";
                await writer.WriteLineAsync(string.Join(',', change, k.DataElement, k.Period, k.OrgUnit, k.CategoryOptionCombo, k.AttributeOptionCombo, wanted, held)
                    .AsMemory(), cancellationToken);
            }
        }

        await Rows("added", diff.Added, true);
        await Rows("changed", diff.Changed, true);
        await Rows("unchanged", diff.Unchanged, true);
        await Rows("removed", diff.Removed, false);
        await Rows("out-of-scope-kept", diff.LeftOutOfScope, false);
    }
}
