using Passerelle.Core.Storage;
using Passerelle.Testing;

namespace Passerelle.Warehouse.Tests.Contract;

public abstract partial class WarehouseContractTests
{
    private const string Target = "https://dhis2.sante.gouv.sn";

    [ContractFact]
    public async Task FindUnfinishedPushAsync_CrashAfterFirstChunk_ReturnsThePushWithItsAcknowledgedChunks()
    {
        // Given a push of three chunks that crashed after DHIS2 acknowledged the first and before it answered the second
        var pushId = Guid.NewGuid();
        var runId = Guid.NewGuid();
        await Warehouse.Pushes.StartPushAsync(new PushStart(pushId, runId, Target, Start, 3), Ct);
        var first = new PushChunk(pushId, 0, "hash-0", ChunkStatus.Sent, 0, 0, 0, 0, null, Start);
        await Warehouse.Pushes.RecordChunkAsync(first, Ct);
        var acknowledged = first with { Status = ChunkStatus.Acknowledged, Imported = 480, Updated = 20, At = Start.AddSeconds(5) };
        await Warehouse.Pushes.RecordChunkAsync(acknowledged, Ct);
        var inFlight = new PushChunk(pushId, 1, "hash-1", ChunkStatus.Sent, 0, 0, 0, 0, null, Start.AddSeconds(6));
        await Warehouse.Pushes.RecordChunkAsync(inFlight, Ct);

        // When the next run looks for a push to resume
        var unfinished = await Warehouse.Pushes.FindUnfinishedPushAsync(Target, Ct);

        // Then it finds this push, knows chunk 0 is done and chunk 1 must be checked
        Assert.NotNull(unfinished);
        Assert.Equal(new PushSummary(pushId, runId, Target, Start, null, PushStatus.Running, 3, unfinished.Chunks), unfinished);
        Assert.Equal([acknowledged, inFlight], unfinished.Chunks);
        Assert.Equal(new HashSet<string> { "hash-0" }, unfinished.AcknowledgedHashes);
    }

    [ContractFact]
    public async Task FindUnfinishedPushAsync_AfterFinish_ReturnsNull()
    {
        // Given a push that completed
        var pushId = Guid.NewGuid();
        await Warehouse.Pushes.StartPushAsync(new PushStart(pushId, null, Target, Start, 1), Ct);
        await Warehouse.Pushes.RecordChunkAsync(new PushChunk(pushId, 0, "h", ChunkStatus.Acknowledged, 10, 0, 0, 0, null, Start), Ct);

        // When it is finished
        await Warehouse.Pushes.FinishPushAsync(pushId, PushStatus.Completed, Start.AddMinutes(1), Ct);

        // Then nothing is left to resume, and the push records its end
        Assert.Null(await Warehouse.Pushes.FindUnfinishedPushAsync(Target, Ct));
        var push = await Warehouse.Pushes.GetPushAsync(pushId, Ct);
        Assert.Equal((PushStatus.Completed, Start.AddMinutes(1)), (push!.Status, push.FinishedAt));
    }

    [ContractFact]
    public async Task ReadPushedValuesAsync_AfterUpsertAndRemove_ReturnsTheCurrentSnapshot()
    {
        // Given values pushed for two periods
        var a = new PushedValue(new DataValueKey("deHeadcnt01", "2026Q1", "ouPikine001", "cocSFEfem01"), "3");
        var b = new PushedValue(new DataValueKey("deHeadcnt01", "2026Q1", "ouPikine002", "cocSFEfem01"), "5");
        var c = new PushedValue(new DataValueKey("deHeadcnt01", "2025Q4", "ouPikine001", "cocSFEfem01"), "2");
        await Warehouse.Pushes.UpsertPushedValuesAsync([a, b, c], Ct);

        // When one value changes and another is deleted from DHIS2
        await Warehouse.Pushes.UpsertPushedValuesAsync([a with { Value = "4" }], Ct);
        await Warehouse.Pushes.RemovePushedValuesAsync([b.Key], Ct);

        // Then the snapshot holds the current values
        Assert.Equal([a with { Value = "4" }], await Warehouse.Pushes.ReadPushedValuesAsync("2026Q1", Ct).ToListAsync());
        Assert.Equal([c, a with { Value = "4" }], await Warehouse.Pushes.ReadPushedValuesAsync(null, Ct).ToListAsync());
    }

    [ContractFact]
    public async Task UpsertPushedValuesAsync_ManyValuesSomeHeldSomeRepeated_KeepsTheLastOfEach()
    {
        // Given 100 values already pushed
        static PushedValue Value(int unit, string value) =>
            new(new DataValueKey("deHeadcnt01", "2026Q1", $"ou{unit:D9}", "cocSFEfem01"), value);
        await Warehouse.Pushes.UpsertPushedValuesAsync(Enumerable.Range(0, 100).Select(i => Value(i, "1")), Ct);

        // When 300 values are upserted in one call: 50 of the held ones change, 250 are new, and one key comes twice
        var upserted = Enumerable.Range(50, 300).Select(i => Value(i, "2")).Append(Value(120, "9")).ToList();
        await Warehouse.Pushes.UpsertPushedValuesAsync(upserted, Ct);

        // Then the snapshot holds each key once, with its last value
        var expected = Enumerable.Range(0, 350).Select(i => Value(i, i < 50 ? "1" : i == 120 ? "9" : "2"));
        Assert.Equal(expected, await Warehouse.Pushes.ReadPushedValuesAsync("2026Q1", Ct).ToListAsync());
    }
}
