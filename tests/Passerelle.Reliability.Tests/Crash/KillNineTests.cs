using System.Globalization;
using DuckDB.NET.Data;
using Passerelle.Core.Storage;
using Passerelle.Reliability.Tests.Support;
using Passerelle.Warehouse;
using Xunit.Abstractions;

namespace Passerelle.Reliability.Tests.Crash;

/// <summary>
/// A sync killed with SIGKILL at seeded points (inside given stages, after a random delay), then restarted:
/// DHIS2 must end with exactly the values of a clean run, the warehouse must hold no duplicate, and the
/// killed runs must show as interrupted rather than « running » forever.
/// </summary>
public sealed class KillNineTests(ITestOutputHelper output) : IDisposable
{
    private const int Seed = 20261125;
    private static readonly string[] Stages = ["pull.healthmap", "pull.dhis2", "pull.ihris", "align", "analyze", "push"];

    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("passerelle-kill-");
    private readonly SuiteReport _report = new("kill9", output);

    public void Dispose() => _directory.Delete(true);

    [Fact]
    public async Task Sync_KilledAtSeededPoints_ThenRestarted_LosesAndDuplicatesNothing()
    {
        // Given the reference world behind emulators in this process, and `passerelle sync` as a child process
        var expected = await CleanReference.ExpectedValuesAsync();
        await using var world = await SyncWorld.StartAsync(_directory.FullName, new SyncWorldOptions());
        var config = world.WriteYaml();
        var random = new Random(Seed);
        var points = new[] { Stages[random.Next(0, 3)], Stages[random.Next(3, 5)], "push", "push" }
            .Select(stage => (Stage: stage, DelayMs: stage == "push" ? random.Next(300, 2500) : random.Next(0, 400)))
            .ToList();
        _report.Line($"seed {Seed}; kill points: {string.Join(", ", points.Select(p => $"{p.Stage}+{p.DelayMs} ms"))}");

        // When each child is killed -9 once its stage has started and the delay has passed
        foreach (var (stage, delay) in points)
        {
            using var child = ChildSync.Start(config);
            var reached = await child.WaitForOutputAsync($"({stage})", TimeSpan.FromSeconds(90));
            await Task.Delay(delay);
            var finishedFirst = child.HasExited;
            await child.KillAsync();
            _report.Line($"  kill at {stage}+{delay} ms: stage reached {reached}, run already over {finishedFirst}; DHIS2 holds {world.PasserelleValues().Count} values");
            Assert.True(reached || finishedFirst, "the child never reached stage " + stage + ":\n" + child.Output);
        }

        // And a last run is left to finish
        using (var last = ChildSync.Start(config))
        {
            var exit = await last.WaitForExitAsync(TimeSpan.FromSeconds(120));
            _report.Line($"  restart: exit code {exit}");
            Assert.True(exit == 0, last.Output);
        }

        // Then DHIS2 holds exactly the clean values
        var held = world.PasserelleValues();
        _report.Line($"  DHIS2 holds {held.Count} values; equal to the clean run: {held.SequenceEqual(expected)}");
        Assert.Equal(expected, held);

        // And the warehouse has no duplicate row where one row per key is meant
        var duplicates = await CountDuplicatesAsync(world.Config.Warehouse);
        _report.Line($"  warehouse duplicates: {string.Join(", ", duplicates.Select(d => $"{d.Key}={d.Value}"))}");
        Assert.All(duplicates, d => Assert.Equal(0, d.Value));

        // And no run is left « running »: the killed ones were closed as interrupted
        await using (var warehouse = await WarehouseFactory.OpenAsync(world.Config.Warehouse, TimeProvider.System, CancellationToken.None))
        {
            var runs = await warehouse.Runs.ListRunsAsync(20, CancellationToken.None);
            _report.Line($"  runs: {string.Join(", ", runs.Select(r => r.Status))}");
            Assert.DoesNotContain(runs, r => r.Status == RunStatus.Running);
            Assert.Equal(RunStatus.Succeeded, runs[0].Status);
        }

        _report.Save("seeded-kills");
    }

    private static async Task<Dictionary<string, long>> CountDuplicatesAsync(string warehouse)
    {
        var keys = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["staging_worker_role"] = "source, role_id, worker_pseudonym",
            ["staging_source_facility"] = "source, source_id",
            ["fact_staff"] = "period, snapshot_date, facility_id, cadre_code, sex, employment_status",
            ["result_indicator_value"] = "indicator_code, period, org_level, unit_id, disaggregation_key",
        };
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        await using var connection = new DuckDBConnection($"DataSource={warehouse};ACCESS_MODE=READ_ONLY");
        await connection.OpenAsync();
        foreach (var (table, columns) in keys)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT count(*) FROM (SELECT {columns} FROM {table} GROUP BY {columns} HAVING count(*) > 1)";
            counts[table] = Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        }

        return counts;
    }
}
