using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Passerelle.Core.Storage;
using Passerelle.Sync.Pipeline;
using Passerelle.Sync.Tests.Support;
using Passerelle.Testing;

namespace Passerelle.Sync.Tests.Pipeline;

/// <summary>Contract: the same staged input, aligned and analysed on DuckDB and on PostgreSQL, gives identical indicator results.</summary>
public sealed class EngineIndicatorEquivalenceTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    private static async Task<List<IndicatorValue>> AnalyseAsync(StagedWorld world)
    {
        await new AlignStage(world.Warehouse, new FakeTimeProvider(new DateTimeOffset(2027, 1, 5, 8, 0, 0, TimeSpan.Zero))).RunAsync(Ct);
        await new AnalyzeStage(world.Warehouse, StagedWorld.ReferenceDate).RunAsync(Ct);
        var values = new List<IndicatorValue>();
        await foreach (var value in world.Warehouse.Results.ReadIndicatorValuesAsync(new IndicatorQuery(Period: StagedWorld.Period), Ct))
        {
            values.Add(value);
        }

        return values;
    }

    [PostgresFact]
    public async Task Analyze_SameInputOnDuckDbAndPostgres_GivesIdenticalResults()
    {
        // Given the same world staged in DuckDB and in a fresh PostgreSQL schema
        var schema = "t_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(TestServers.Postgres))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
            await create.ExecuteNonQueryAsync();
        }

        try
        {
            List<IndicatorValue> duck, postgres;
            await using (var world = await StagedWorld.CreateAsync())
            {
                duck = await AnalyseAsync(world);
            }

            var connectionString = new NpgsqlConnectionStringBuilder(TestServers.Postgres) { SearchPath = schema }.ConnectionString;
            await using (var world = await StagedWorld.CreateAsync(connectionString))
            {
                postgres = await AnalyseAsync(world);
            }

            // Then every indicator value is the same, in the same order
            Assert.True(duck.Count > 20);
            Assert.Equal(duck.Count, postgres.Count);
            for (var i = 0; i < duck.Count; i++)
            {
                Assert.Equal(duck[i] with { Value = null, Numerator = null, Denominator = null }, postgres[i] with { Value = null, Numerator = null, Denominator = null });
                Assert.Equal(duck[i].Value ?? double.NaN, postgres[i].Value ?? double.NaN, 9);
                Assert.Equal(duck[i].Numerator ?? double.NaN, postgres[i].Numerator ?? double.NaN, 9);
                Assert.Equal(duck[i].Denominator ?? double.NaN, postgres[i].Denominator ?? double.NaN, 9);
            }
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(TestServers.Postgres);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {schema} CASCADE", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
