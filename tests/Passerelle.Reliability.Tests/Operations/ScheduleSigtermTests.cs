using System.Diagnostics;
using Passerelle.Core.Storage;
using Passerelle.Reliability.Tests.Support;
using Passerelle.Sync.Operations;
using Passerelle.Warehouse;
using Xunit.Abstractions;

namespace Passerelle.Reliability.Tests.Operations;

/// <summary>
/// <c>passerelle schedule</c> as systemd runs it, stopped with a real SIGTERM: while it waits for the next tick, and
/// while a scheduled sync runs. It must exit 0 promptly, leave the run lock free, and record an interrupted run as
/// cancelled (never « running » forever, never missing).
/// </summary>
public sealed class ScheduleSigtermTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan StopBudget = TimeSpan.FromSeconds(20);

    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("passerelle-sigterm-");
    private readonly SuiteReport _report = new("sigterm", output);

    public void Dispose() => _directory.Delete(true);

    [Fact]
    public async Task Schedule_SigtermWhileWaiting_StopsCleanlyWithoutARun()
    {
        // Given `passerelle schedule` waiting for a tick a year away
        await using var world = await SyncWorld.StartAsync(_directory.FullName, new SyncWorldOptions());
        using var schedule = ChildSync.Run("schedule", world.WriteYaml("schedule:\n  cron: \"0 0 1 1 *\""));
        Assert.True(await schedule.WaitForOutputAsync("schedule started", TimeSpan.FromSeconds(60)), schedule.Output);

        // When systemd stops it
        var clock = Stopwatch.StartNew();
        await SignalAsync(schedule.ProcessId, "TERM");
        var exit = await schedule.WaitForExitAsync(StopBudget);
        _report.Line($"SIGTERM while waiting: exit code {exit} after {clock.Elapsed.TotalSeconds:0.0} s");

        // Then it exits 0 at once, says it stopped, holds no lock and ran nothing
        Assert.Equal(0, exit);
        Assert.Contains("Planification arrêtée / schedule stopped", schedule.Output, StringComparison.Ordinal);
        Assert.Null(await RunLock.FindHolderAsync(world.Config.Warehouse, CancellationToken.None));
        Assert.False(File.Exists(world.Config.Warehouse) && (await RunsAsync(world)).Count > 0, "a run was recorded");
        _report.Save("while-waiting");
    }

    [Fact]
    public async Task Schedule_SigtermDuringARun_CancelsItRecordsItAndReleasesTheLock()
    {
        // Given `passerelle schedule` ticking every 2 seconds, its first sync under way (iHRIS pull started)
        await using var world = await SyncWorld.StartAsync(_directory.FullName, new SyncWorldOptions());
        using var schedule = ChildSync.Run("schedule", world.WriteYaml("schedule:\n  cron: \"*/2 * * * * *\""));
        Assert.True(await schedule.WaitForOutputAsync("Étape / stage pull.ihris", TimeSpan.FromSeconds(90)), schedule.Output);

        // When systemd stops it mid-run
        var clock = Stopwatch.StartNew();
        await SignalAsync(schedule.ProcessId, "TERM");
        var exit = await schedule.WaitForExitAsync(StopBudget);
        var runs = await RunsAsync(world);
        _report.Line($"SIGTERM during pull.ihris: exit code {exit} after {clock.Elapsed.TotalSeconds:0.0} s; runs: {string.Join(", ", runs.Select(r => $"{r.Status} « {r.Error} » ({r.Stages.Count} stages)"))}");

        // Then it exits 0, the run is cancelled and recorded as such, the lock is free for the next start
        Assert.Equal(0, exit);
        Assert.Contains("annulée (arrêt) / cancelled (shutdown)", schedule.Output, StringComparison.Ordinal);
        var run = Assert.Single(runs);
        Assert.Equal(RunStatus.Cancelled, run.Status);
        Assert.Equal("annulée : arrêt demandé (SIGTERM, Ctrl+C) / cancelled: stop requested (SIGTERM, Ctrl+C)", run.Error);
        Assert.Contains(run.Stages, s => s.Stage == "pull.ihris" && s.Status == StageStatus.Skipped);
        Assert.Null(await RunLock.FindHolderAsync(world.Config.Warehouse, CancellationToken.None));
        _report.Save("during-run");
    }

    private static async Task SignalAsync(int processId, string signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", [$"-{signal}", processId.ToString(System.Globalization.CultureInfo.InvariantCulture)]) { UseShellExecute = false })!;
        await kill.WaitForExitAsync();
        Assert.Equal(0, kill.ExitCode);
    }

    private static async Task<IReadOnlyList<RunSummary>> RunsAsync(SyncWorld world)
    {
        await using var warehouse = await WarehouseFactory.OpenAsync(world.Config.Warehouse, TimeProvider.System, CancellationToken.None);
        return await warehouse.Runs.ListRunsAsync(20, CancellationToken.None);
    }
}
