using System.Globalization;
using DuckDB.NET.Data;
using Passerelle.Core.Storage;
using Passerelle.Emulators.Faults;
using Passerelle.Reliability.Tests.Support;
using Passerelle.Warehouse;
using Xunit.Abstractions;

namespace Passerelle.Reliability.Tests.Crash;

/// <summary>
/// A sync killed with SIGKILL at seeded points (inside given stages, after a random delay, and once mid-push with
/// DHIS2 holding part of the values), then restarted:
/// DHIS2 must end with exactly the values of a clean run, the warehouse must hold no duplicate, and the
/// killed runs must show as interrupted rather than « running » forever.
/// </summary>
public sealed class KillNineTests(ITestOutputHelper output) : IDisposable
{
    private const int Seed = 20261125;
    private const string PartialPush = "push, first chunk stored";
    private static readonly string[] Stages = ["pull.healthmap", "pull.dhis2", "pull.ihris", "align", "analyze", "push"];

    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("passerelle-kill-");
    private readonly SuiteReport _report = new("kill9", output);

    public void Dispose() => _directory.Delete(true);

    [Fact]
    public async Task Sync_KilledAtSeededPoints_ThenRestarted_LosesAndDuplicatesNothing()
    {
        // Given the reference world behind emulators in this process, and `passerelle sync` as a child process
        // (each data value POST answers after 1 s, so a kill can land between two chunks of one push)
        var expected = await CleanReference.ExpectedValuesAsync();
        await using var world = await SyncWorld.StartAsync(_directory.FullName, new SyncWorldOptions
        {
            Dhis2Faults = new FaultPlan { Rules = [new FaultRule { Kind = FaultKind.Latency, PathPrefix = "/api/dataValueSets", Method = "POST", DelayMs = 1000 }] },
        });
        var config = world.WriteYaml();
        var random = new Random(Seed);
        var points = new[] { Stages[random.Next(0, 3)], Stages[random.Next(3, 5)], "push", PartialPush }
            .Select(stage => (Stage: stage, DelayMs: stage == "push" ? random.Next(300, 2500) : random.Next(0, 400)))
            .ToList();
        _report.Line($"seed {Seed}; kill points: {string.Join(", ", points.Select(p => p.Stage == PartialPush ? p.Stage : $"{p.Stage}+{p.DelayMs} ms"))}");

        // When each child is killed -9 once its stage has started and the delay has passed — or, for the partial
        // push, as soon as DHIS2 holds some of the push's values but not all
        foreach (var (stage, delay) in points)
        {
            using var child = ChildSync.Start(config);
            var reached = await child.WaitForOutputAsync($"({(stage == PartialPush ? "push" : stage)})", TimeSpan.FromSeconds(90));
            var before = world.PasserelleValues().Count;
            if (stage == PartialPush)
            {
                reached = reached && await WaitUntilAsync(() => world.PasserelleValues().Count > before || child.HasExited, TimeSpan.FromSeconds(60));
            }
            else
            {
                await Task.Delay(delay);
            }

            var finishedFirst = child.HasExited;
            await child.KillAsync();
            var heldAtKill = world.PasserelleValues().Count;
            _report.Line($"  kill at {(stage == PartialPush ? stage : $"{stage}+{delay} ms")}: stage reached {reached}, run already over {finishedFirst}; DHIS2 holds {heldAtKill} values");
            Assert.True(reached || finishedFirst, "the child never reached stage " + stage + ":\n" + child.Output);
            if (stage == PartialPush)
            {
                Assert.True(heldAtKill > before && heldAtKill < expected.Count, $"the partial-push kill did not land mid-push: DHIS2 held {before}, then {heldAtKill} of {expected.Count}");
            }
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

    private static async Task<bool> WaitUntilAsync(Func<bool> condition, TimeSpan timeout)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > timeout)
            {
                return false;
            }

            await Task.Delay(5);
        }

        return true;
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
