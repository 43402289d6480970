using Passerelle.Core.Storage;
using Passerelle.Testing;

namespace Passerelle.Warehouse.Tests.Contract;

public abstract partial class WarehouseContractTests
{
    [ContractFact]
    public async Task GetRunAsync_AfterStagesAndFinish_ReturnsTheRunWithItsStagesInOrder()
    {
        // Given a run with two stages, finished
        var runId = Guid.NewGuid();
        await Warehouse.Runs.StartRunAsync(new RunStart(runId, "sync", Start), Ct);
        var pull = new StageResult(runId, "pull", StageStatus.Succeeded, 120, 118, 2, TimeSpan.FromMilliseconds(1500), null);
        var align = new StageResult(runId, "align", StageStatus.Failed, 118, 0, 0, TimeSpan.FromSeconds(3), "DHIS2 injoignable / unreachable");
        await Warehouse.Runs.RecordStageAsync(pull, Ct);
        await Warehouse.Runs.RecordStageAsync(align, Ct);
        await Warehouse.Runs.FinishRunAsync(runId, RunStatus.Failed, Start.AddMinutes(2), "align failed", Ct);

        // When it is read back
        var run = await Warehouse.Runs.GetRunAsync(runId, Ct);

        // Then everything round-trips
        Assert.NotNull(run);
        Assert.Equal(new RunSummary(runId, "sync", Start, Start.AddMinutes(2), RunStatus.Failed, "align failed", run.Stages), run);
        Assert.Equal([pull, align], run.Stages);
    }

    [ContractFact]
    public async Task RecordStageAsync_SameStageAgain_ReplacesItInPlace()
    {
        // Given a run whose pull stage failed, then was resumed and succeeded
        var runId = Guid.NewGuid();
        await Warehouse.Runs.StartRunAsync(new RunStart(runId, "sync", Start), Ct);
        await Warehouse.Runs.RecordStageAsync(new StageResult(runId, "pull", StageStatus.Failed, 1, 0, 0, TimeSpan.FromSeconds(1), "timeout"), Ct);
        await Warehouse.Runs.RecordStageAsync(new StageResult(runId, "align", StageStatus.Skipped, 0, 0, 0, TimeSpan.Zero, null), Ct);
        var resumed = new StageResult(runId, "pull", StageStatus.Succeeded, 10, 10, 0, TimeSpan.FromSeconds(2), null);

        // When the stage is recorded again
        await Warehouse.Runs.RecordStageAsync(resumed, Ct);

        // Then it replaces the first record and keeps its position
        var run = await Warehouse.Runs.GetRunAsync(runId, Ct);
        Assert.Equal(["pull", "align"], run!.Stages.Select(s => s.Stage));
        Assert.Equal(resumed, run.Stages[0]);
    }

    [ContractFact]
    public async Task ListRunsAsync_SeveralRuns_ReturnsNewestFirstUpToTheLimit()
    {
        // Given three runs a minute apart
        var ids = new[] { Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid() };
        for (var i = 0; i < ids.Length; i++)
        {
            await Warehouse.Runs.StartRunAsync(new RunStart(ids[i], "pull", Start.AddMinutes(i)), Ct);
        }

        // When the last two are listed
        var runs = await Warehouse.Runs.ListRunsAsync(2, Ct);

        // Then the newest comes first
        Assert.Equal([ids[2], ids[1]], runs.Select(r => r.RunId));
        Assert.All(runs, r => Assert.Equal(RunStatus.Running, r.Status));
    }

    [ContractFact]
    public async Task GetLastSuccessfulWatermarkAsync_LaterRunFailed_ReturnsTheSucceededRunsWatermark()
    {
        // Given a succeeded run that reached 10:00 on iHRIS and a later failed run that reached 12:00
        var succeeded = Guid.NewGuid();
        var failed = Guid.NewGuid();
        await Warehouse.Runs.StartRunAsync(new RunStart(succeeded, "pull", Start), Ct);
        await Warehouse.Runs.RecordWatermarkAsync(succeeded, "ihris", Start.AddHours(2), Ct);
        await Warehouse.Runs.FinishRunAsync(succeeded, RunStatus.Succeeded, Start.AddHours(1), null, Ct);
        await Warehouse.Runs.StartRunAsync(new RunStart(failed, "pull", Start.AddDays(1)), Ct);
        await Warehouse.Runs.RecordWatermarkAsync(failed, "ihris", Start.AddHours(4), Ct);
        await Warehouse.Runs.FinishRunAsync(failed, RunStatus.Failed, Start.AddDays(1), "crash", Ct);

        // When the next pull asks where to start
        var watermark = await Warehouse.Runs.GetLastSuccessfulWatermarkAsync("ihris", Ct);
        var other = await Warehouse.Runs.GetLastSuccessfulWatermarkAsync("dhis2", Ct);

        // Then only the successful run counts, and an unknown source has none
        Assert.Equal(Start.AddHours(2), watermark);
        Assert.Null(other);
    }
}
