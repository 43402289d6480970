using Passerelle.Core.Storage;
using Passerelle.Dhis2.Model;
using Passerelle.Dhis2.Push;
using Passerelle.Dhis2.Uids;
using Passerelle.Emulators.Dhis2;
using Passerelle.Sync.Analysis;
using Passerelle.Sync.Publishing;

namespace Passerelle.Sync.Tests.Publishing;

/// <summary>
/// Unchanged re-runs trust the push ledger and the metadata fingerprint instead of reading DHIS2 again; a change on
/// Passerelle's side is still sent, exactly; a change made in DHIS2 by hand is found by a verifying (<c>--full</c>) run.
/// </summary>
public sealed class UnchangedPushTests
{
    private const int Expected = PublishingWorld.Facilities * PublishingWorld.ValuesPerFacility;

    [Fact]
    public async Task Publish_UnchangedSecondRun_SendsNothingAndLeavesDhis2Alone()
    {
        // Given a world published once by a successful run
        await using var world = await PublishingWorld.StartAsync();
        await RunAsync(world);
        var heldBefore = Held(world);

        // When a second run publishes the same results
        var second = await RunAsync(world);

        // Then neither metadata nor values went to DHIS2, nothing was read back, and DHIS2 still holds the same values
        Assert.True(second.MetadataUnchanged);
        Assert.True(second.LedgerUnchanged);
        Assert.Equal(0, second.ValuesSent);
        Assert.Equal(Expected, second.Diff.Unchanged.Count);
        Assert.Null(second.ReadBack);
        Assert.Equal(heldBefore, Held(world));
    }

    [Fact]
    public async Task Publish_OneResultChangedAfterAnUnchangedRun_SendsExactlyTheValuesThatChanged()
    {
        // Given a world published, then published again unchanged
        await using var world = await PublishingWorld.StartAsync();
        await RunAsync(world);
        await RunAsync(world);
        var heldBefore = Held(world);

        // When one facility's headcount changes and the next run publishes
        await world.ChangeHeadcountAsync(facility: 5, headcount: 9);
        var third = await RunAsync(world);

        // Then exactly that facility's headcount and gap for that cadre are sent, and only they changed in DHIS2
        var heldAfter = Held(world);
        var changedInDhis2 = heldAfter.Where(v => heldBefore[v.Key] != v.Value).Select(v => v.Key).ToHashSet();
        Assert.False(third.LedgerUnchanged);
        Assert.Equal(2, third.ValuesSent);
        Assert.Equal(2, changedInDhis2.Count);
        Assert.All(changedInDhis2, k => Assert.Equal(world.Units[5], k.OrgUnit));
        Assert.Equal(
            changedInDhis2.Select(k => (k.DataElement, k.OrgUnit, k.CategoryOptionCombo)).Order(),
            third.Diff.Changed.Select(v => (v.Key.DataElement, v.Key.OrgUnit, v.Key.CategoryOptionCombo)).Order());
        Assert.Contains(heldAfter, v => v.Key.OrgUnit == world.Units[5] && v.Value.Value == "9");
        Assert.True(third.ReadBack!.Matches);
    }

    [Fact]
    public async Task Publish_ValueChangedInDhis2ByHand_VerifyingRunRestoresIt()
    {
        // Given a world published once, then one of Passerelle's values overwritten in DHIS2 by hand
        await using var world = await PublishingWorld.StartAsync();
        await RunAsync(world);
        var headcount = Dhis2Uid.FromCode("dataElement", StaffingAnalysis.Headcount);
        var victim = Held(world).First(v => v.Key.DataElement == headcount);
        await world.Client.ImportDataValueChunkAsync(
            [new Dhis2DataValue(victim.Key.DataElement, victim.Key.Period, victim.Key.OrgUnit, victim.Key.CategoryOptionCombo, victim.Key.AttributeOptionCombo, "999")],
            new DataValueImportOptions(), 0, 0, CancellationToken.None);

        // When an ordinary run, then a verifying run (sync --full) publish the same results
        var ordinary = await RunAsync(world);
        var verifying = await RunAsync(world, new PublisherOptions { VerifyDhis2 = true });

        // Then the ordinary run trusts its ledger and does not see the change, the verifying run finds and repairs it
        Assert.True(ordinary.LedgerUnchanged);
        Assert.Equal(0, ordinary.ValuesSent);
        Assert.False(verifying.LedgerUnchanged);
        Assert.False(verifying.MetadataUnchanged);
        Assert.Equal(victim.Key.OrgUnit, Assert.Single(verifying.Diff.Changed).Key.OrgUnit);
        Assert.Equal(1, verifying.ValuesSent);
        Assert.Equal(victim.Value.Value, Held(world)[victim.Key].Value);
    }

    [Fact]
    public async Task Publish_AfterAFailedRun_ImportsTheMetadataAgain()
    {
        // Given a successful publication, then a run that failed
        await using var world = await PublishingWorld.StartAsync();
        await RunAsync(world);
        var failed = Guid.NewGuid();
        await world.Warehouse.Runs.StartRunAsync(new RunStart(failed, "sync", TimeProvider.System.GetUtcNow()), CancellationToken.None);
        await world.Warehouse.Runs.FinishRunAsync(failed, RunStatus.Failed, TimeProvider.System.GetUtcNow(), "test", CancellationToken.None);

        // When the next run publishes the same results
        var next = await RunAsync(world);

        // Then it trusts no fingerprint: the metadata is diffed and imported again
        Assert.False(next.MetadataUnchanged);
        Assert.NotNull(next.MetadataDiff);
    }

    [Fact]
    public async Task Publish_LedgerMissingValuesDhis2Holds_RepairsTheLedgerSoTheNextRunTrustsIt()
    {
        // Given a world published once, then three entries lost from the push ledger (DHIS2 still holds the values)
        await using var world = await PublishingWorld.StartAsync();
        await RunAsync(world);
        var lost = await world.Warehouse.Pushes.ReadPushedValuesAsync(PublishingWorld.Period, CancellationToken.None).Take(3).Select(v => v.Key).ToListAsync();
        await world.Warehouse.Pushes.RemovePushedValuesAsync(lost, CancellationToken.None);

        // When two more runs publish the same results
        var second = await RunAsync(world);
        var third = await RunAsync(world);

        // Then the second cannot trust the ledger, reads DHIS2, sends nothing and repairs the ledger; the third trusts it again
        Assert.False(second.LedgerUnchanged);
        Assert.Equal(0, second.ValuesSent);
        Assert.Equal(Expected, second.Diff.Unchanged.Count);
        Assert.True(third.LedgerUnchanged);
        Assert.Equal(Expected, await world.Warehouse.Pushes.ReadPushedValuesAsync(PublishingWorld.Period, CancellationToken.None).CountAsync());
    }

    /// <summary>One publication inside a run of the ledger that succeeds, as <c>sync</c> does it.</summary>
    private static async Task<PushReport> RunAsync(PublishingWorld world, PublisherOptions? options = null)
    {
        var runId = Guid.NewGuid();
        await world.Warehouse.Runs.StartRunAsync(new RunStart(runId, "sync", TimeProvider.System.GetUtcNow()), CancellationToken.None);
        var report = await world.Publisher(options: options).PublishAsync(PublishingWorld.Period, runId, dryRun: false, diffCsv: null, CancellationToken.None);
        await world.Warehouse.Runs.FinishRunAsync(runId, RunStatus.Succeeded, TimeProvider.System.GetUtcNow(), null, CancellationToken.None);
        return report;
    }

    private static Dictionary<Passerelle.Emulators.Dhis2.DataValueKey, (string? Value, DateTimeOffset LastUpdated)> Held(PublishingWorld world) =>
        world.HeldValues().ToDictionary(v => v.Key, v => (v.Value, v.LastUpdated));
}
