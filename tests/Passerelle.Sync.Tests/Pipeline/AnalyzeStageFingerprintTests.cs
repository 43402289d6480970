using Microsoft.Extensions.Time.Testing;
using Passerelle.Core.Storage;
using Passerelle.Sync.Pipeline;
using Passerelle.Sync.Tests.Support;

namespace Passerelle.Sync.Tests.Pipeline;

/// <summary>An analysis whose inputs are those of the last successful run keeps the stored results; any changed input recomputes them.</summary>
public sealed class AnalyzeStageFingerprintTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2027, 1, 5, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Run_InputsUnchangedSinceLastSuccessfulRun_KeepsTheResultsAndStillGivesTheStaffing()
    {
        // Given a world analysed once by a successful run
        await using var world = await AlignedWorldAsync();
        var (first, _) = await AnalyzeInRunAsync(world);

        // When the next run analyses the same inputs
        var (second, stage) = await AnalyzeInRunAsync(world);

        // Then the stored results are kept, and the staffing summary is still there
        Assert.True(first.Written > 0);
        Assert.True(stage.KeptStoredResults);
        Assert.Equal(0, second.Written);
        Assert.Contains("inputs unchanged", second.English, StringComparison.Ordinal);
        Assert.NotNull(stage.Result);
        Assert.True(stage.Result!.WorkersInPost > 0);
        Assert.NotEmpty(await StoredAsync(world, "PASS_EFFECTIF"));
    }

    [Fact]
    public async Task Run_OneServiceVolumeChanged_RecomputesTheResults()
    {
        // Given a world analysed once by a successful run
        await using var world = await AlignedWorldAsync();
        await AnalyzeInRunAsync(world);

        // And then one month's volumes changed in the warehouse
        await world.Warehouse.Facts.ReplaceServiceVolumesAsync("202603",
            new List<ServiceVolume> { new("CONS_CURATIVES", "202603", "dhisNdiaff1", 301) }.ToAsyncEnumerable(), Ct);

        // When the next run analyses
        var (outcome, stage) = await AnalyzeInRunAsync(world);

        // Then it computes and writes again
        Assert.False(stage.KeptStoredResults);
        Assert.True(outcome.Written > 0);
    }

    [Fact]
    public async Task Run_AfterTheAnalysisPreviousRunFailed_RecomputesTheResults()
    {
        // Given a world analysed once by a successful run, then a run that failed
        await using var world = await AlignedWorldAsync();
        await AnalyzeInRunAsync(world);
        await AnalyzeInRunAsync(world, RunStatus.Failed);

        // When the next run analyses the same inputs
        var (_, stage) = await AnalyzeInRunAsync(world);

        // Then it trusts nothing the failed run may have half-written
        Assert.False(stage.KeptStoredResults);
    }

    [Fact]
    public async Task Run_SmallCellThresholdChanged_RecomputesTheResults()
    {
        // Given a world analysed once with k = 5
        await using var world = await AlignedWorldAsync();
        await AnalyzeInRunAsync(world);

        // When the next run analyses with k = 3
        var (_, stage) = await AnalyzeInRunAsync(world, threshold: 3);

        // Then the results are computed again
        Assert.False(stage.KeptStoredResults);
    }

    private async Task<StagedWorld> AlignedWorldAsync()
    {
        var world = await StagedWorld.CreateAsync();
        await new AlignStage(world.Warehouse, _time).RunAsync(Ct);
        return world;
    }

    private async Task<(StageOutcome Outcome, AnalyzeStage Stage)> AnalyzeInRunAsync(StagedWorld world, RunStatus status = RunStatus.Succeeded, int threshold = 5)
    {
        var runId = Guid.NewGuid();
        await world.Warehouse.Runs.StartRunAsync(new RunStart(runId, "sync", _time.GetUtcNow()), Ct);
        var stage = new AnalyzeStage(world.Warehouse, StagedWorld.ReferenceDate, smallCellThreshold: threshold, fingerprints: new RunFingerprints(world.Warehouse, runId, _time));
        var outcome = await stage.RunAsync(Ct);
        await world.Warehouse.Runs.FinishRunAsync(runId, status, _time.GetUtcNow(), status == RunStatus.Failed ? "test" : null, Ct);
        _time.Advance(TimeSpan.FromMinutes(1));
        return (outcome, stage);
    }

    private static async Task<List<IndicatorValue>> StoredAsync(StagedWorld world, string code)
    {
        var list = new List<IndicatorValue>();
        await foreach (var value in world.Warehouse.Results.ReadIndicatorValuesAsync(new IndicatorQuery(code, StagedWorld.Period), Ct))
        {
            list.Add(value);
        }

        return list;
    }
}
