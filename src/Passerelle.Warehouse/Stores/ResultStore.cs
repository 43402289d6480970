using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Passerelle.Core.Storage;
using Passerelle.Warehouse.Database;

namespace Passerelle.Warehouse.Stores;

internal sealed class ResultStore(WarehouseDatabase database) : IResultStore
{
    private static readonly BulkTable IndicatorTable = new("result_indicator_value",
    [
        new("indicator_code", BulkType.Text), new("period", BulkType.Text), new("org_level", BulkType.Text),
        new("unit_id", BulkType.Text), new("disaggregation_key", BulkType.Text), new("indicator_value", BulkType.Double),
        new("numerator", BulkType.Double), new("denominator", BulkType.Double), new("suppressed", BulkType.Boolean),
    ]);

    public Task<long> ReplaceIndicatorValuesAsync(string period, IAsyncEnumerable<IndicatorValue> values, CancellationToken cancellationToken) =>
        database.ReplaceAsync(
            "DELETE FROM result_indicator_value WHERE period = $1",
            [period],
            IndicatorTable,
            values.Select(v => new object?[]
            {
                v.IndicatorCode, PeriodGuard.Require(period, v.Period), v.OrgLevel.ToString(), v.UnitId, v.DisaggregationKey,
                v.Value, v.Numerator, v.Denominator, v.Suppressed,
            }),
            cancellationToken);

    public async IAsyncEnumerable<IndicatorValue> ReadIndicatorValuesAsync(IndicatorQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var sql = new StringBuilder(
            """
            SELECT indicator_code, period, org_level, unit_id, disaggregation_key, indicator_value, numerator, denominator, suppressed
            FROM result_indicator_value WHERE 1 = 1
            """);
        var arguments = new List<object?>();
        void Filter(string column, object? value)
        {
            if (value is not null)
            {
                arguments.Add(value);
                sql.Append(CultureInfo.InvariantCulture, $" AND {column} = ${arguments.Count}");
            }
        }

        Filter("indicator_code", query.IndicatorCode);
        Filter("period", query.Period);
        Filter("org_level", query.OrgLevel?.ToString());
        Filter("unit_id", query.UnitId);
        if (!query.InAnyOrder)
        {
            sql.Append(" ORDER BY indicator_code, period, org_level, unit_id, disaggregation_key");
        }

        await using var session = await database.OpenSessionAsync(cancellationToken).ConfigureAwait(false);
        var rows = session.QueryAsync(
            sql.ToString(),
            arguments,
            r => new IndicatorValue(
                r.GetString(0), r.GetString(1), r.GetEnum<OrgLevel>(2), r.GetString(3), r.GetString(4), r.GetNullableDouble(5),
                r.GetNullableDouble(6), r.GetNullableDouble(7), r.GetBoolean(8)),
            cancellationToken);
        await foreach (var value in rows.ConfigureAwait(false))
        {
            yield return value;
        }
    }
}
