using Microsoft.Extensions.Time.Testing;
using Passerelle.Core.Facilities;
using Passerelle.Core.Storage;
using Passerelle.Sync.Pipeline;
using Passerelle.Sync.Tests.Support;

namespace Passerelle.Sync.Tests.Pipeline;

public sealed class AlignStageTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2027, 1, 5, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Run_OnStagedWorld_LinksDhis2AndIhrisToTheRegistryCodes()
    {
        // Given a staged world
        await using var world = await StagedWorld.CreateAsync();

        // When the alignment runs
        await new AlignStage(world.Warehouse, _time).RunAsync(Ct);

        // Then both sources are linked to the registry code (the golden id)
        var links = await world.Warehouse.Crosswalk.ReadFacilityLinksAsync(null, Ct);
        var accepted = links.Where(l => l.Status.IsAccepted()).ToLookup(l => l.Source);
        Assert.Contains(accepted[SourceSystem.Dhis2], l => l.SourceId == "dhisNdiaff1" && l.GoldenId == "KL-PS-001");
        Assert.Contains(accepted[SourceSystem.Ihris], l => l.SourceId == "loc-nioro" && l.GoldenId == "KL-CS-001");
        Assert.DoesNotContain(links, l => l.SourceId == "loc-clinique" && l.Status.IsAccepted());
    }

    [Fact]
    public async Task Run_Twice_GivesTheSameGoldenIds()
    {
        // Given a world aligned once
        await using var world = await StagedWorld.CreateAsync();
        await new AlignStage(world.Warehouse, _time).RunAsync(Ct);
        var first = (await world.Warehouse.Crosswalk.ReadFacilityLinksAsync(null, Ct)).Select(l => (l.GoldenId, l.Source, l.SourceId, l.Status)).ToList();

        // When it runs again
        await new AlignStage(world.Warehouse, _time).RunAsync(Ct);

        // Then the links are the same
        var second = (await world.Warehouse.Crosswalk.ReadFacilityLinksAsync(null, Ct)).Select(l => (l.GoldenId, l.Source, l.SourceId, l.Status)).ToList();
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Run_AfterAPersonRejectedAnAcceptedLink_KeepsTheRejection()
    {
        // Given an automatic link a person then rejected
        await using var world = await StagedWorld.CreateAsync();
        await new AlignStage(world.Warehouse, _time).RunAsync(Ct);
        var auto = (await world.Warehouse.Crosswalk.ReadFacilityLinksAsync(SourceSystem.Dhis2, Ct)).Single(l => l.SourceId == "dhisNdiaff1");
        Assert.Equal(DecisionStatus.AutoAccepted, auto.Status);
        await world.Warehouse.Crosswalk.UpsertFacilityLinksAsync([auto with { Status = DecisionStatus.ManualRejected, DecidedBy = "awa.diop" }], Ct);

        // When the alignment runs again
        await new AlignStage(world.Warehouse, _time).RunAsync(Ct);

        // Then the rejection stands and the unit is linked nowhere automatically
        var links = (await world.Warehouse.Crosswalk.ReadFacilityLinksAsync(SourceSystem.Dhis2, Ct)).Where(l => l.SourceId == "dhisNdiaff1").ToList();
        var rejected = Assert.Single(links, l => l.GoldenId == "KL-PS-001");
        Assert.Equal(DecisionStatus.ManualRejected, rejected.Status);
        Assert.Equal("awa.diop", rejected.DecidedBy);
        Assert.DoesNotContain(links, l => l.Status == DecisionStatus.AutoAccepted);
    }

    [Fact]
    public async Task Run_OnStagedWorld_ReportsTheRegistryOnlyFacilityAndTheUnregisteredClinic()
    {
        // Given a registry entry DHIS2 lacks (Paoskoto has iHRIS only) and a clinic the registry lacks
        await using var world = await StagedWorld.CreateAsync();
        var stage = new AlignStage(world.Warehouse, _time);

        // When the alignment runs
        var outcome = await stage.RunAsync(Ct);

        // Then the crosswalk flags the clinic as not in the registry
        Assert.Contains(stage.Crosswalk!.Findings, f => f.Kind == Core.Matching.Crosswalk.CrosswalkFindingKind.NotInRegistry && f.SourceId == "loc-clinique");
        Assert.Contains("sans correspondance", outcome.French, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_InputsUnchangedSinceLastSuccessfulRun_KeepsTheAlignmentWithoutMatching()
    {
        // Given a world aligned once by a successful run
        await using var world = await StagedWorld.CreateAsync();
        await AlignInRunAsync(world);

        // When the next run aligns the same staged lists
        var second = await AlignInRunAsync(world);

        // Then nothing is matched or written again
        Assert.Equal(0, second.Written);
        Assert.Contains("inputs unchanged", second.English, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_PersonDecidedSinceLastRun_AlignsAgain()
    {
        // Given a world aligned by a successful run, then a link a person rejected
        await using var world = await StagedWorld.CreateAsync();
        await AlignInRunAsync(world);
        var auto = (await world.Warehouse.Crosswalk.ReadFacilityLinksAsync(SourceSystem.Dhis2, Ct)).Single(l => l.SourceId == "dhisNdiaff1");
        await world.Warehouse.Crosswalk.UpsertFacilityLinksAsync([auto with { Status = DecisionStatus.ManualRejected, DecidedBy = "awa.diop" }], Ct);

        // When the next run aligns
        var next = await AlignInRunAsync(world);

        // Then the decision is an input that changed: the matcher runs and writes links
        Assert.True(next.Written > 0);
        Assert.DoesNotContain("inputs unchanged", next.English, StringComparison.Ordinal);
    }

    private async Task<StageOutcome> AlignInRunAsync(StagedWorld world)
    {
        var runId = Guid.NewGuid();
        await world.Warehouse.Runs.StartRunAsync(new RunStart(runId, "sync", _time.GetUtcNow()), Ct);
        var outcome = await new AlignStage(world.Warehouse, _time, fingerprints: new RunFingerprints(world.Warehouse, runId, _time)).RunAsync(Ct);
        await world.Warehouse.Runs.FinishRunAsync(runId, RunStatus.Succeeded, _time.GetUtcNow(), null, Ct);
        _time.Advance(TimeSpan.FromMinutes(1));
        return outcome;
    }
}
