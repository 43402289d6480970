namespace Passerelle.Core.Storage;

/// <summary>
/// The DHIS2 push ledger: each push and its chunks (so a crashed push resumes without duplicates) and
/// the snapshot of values last pushed (so the next push sends only the difference).
/// </summary>
public interface IPushLedger
{
    Task StartPushAsync(PushStart push, CancellationToken cancellationToken);

    /// <summary>Records a chunk's state; recording the same chunk index again replaces it.</summary>
    Task RecordChunkAsync(PushChunk chunk, CancellationToken cancellationToken);

    Task FinishPushAsync(Guid pushId, PushStatus status, DateTimeOffset finishedAt, CancellationToken cancellationToken);

    Task<PushSummary?> GetPushAsync(Guid pushId, CancellationToken cancellationToken);

    /// <summary>The most recent push to <paramref name="target"/> still running (crashed), or null.</summary>
    Task<PushSummary?> FindUnfinishedPushAsync(string target, CancellationToken cancellationToken);

    /// <summary>Inserts or replaces values in the last-pushed snapshot.</summary>
    Task UpsertPushedValuesAsync(IEnumerable<PushedValue> values, CancellationToken cancellationToken);

    /// <summary>Removes values deleted from DHIS2 from the snapshot.</summary>
    Task RemovePushedValuesAsync(IEnumerable<DataValueKey> keys, CancellationToken cancellationToken);

    /// <summary>The snapshot, of one period or all when null, ordered by key.</summary>
    IAsyncEnumerable<PushedValue> ReadPushedValuesAsync(string? period, CancellationToken cancellationToken);
}
