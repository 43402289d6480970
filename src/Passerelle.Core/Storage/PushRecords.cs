namespace Passerelle.Core.Storage;

public enum PushStatus
{
    Running,
    Completed,
    Failed,
}

public enum ChunkStatus
{
    /// <summary>Sent, no answer recorded yet (the push may have crashed here).</summary>
    Sent,

    /// <summary>DHIS2 answered with an import summary.</summary>
    Acknowledged,

    Failed,
}

/// <summary>A push to DHIS2 begins. <paramref name="Target"/> names the instance (its base URL).</summary>
public sealed record PushStart(Guid PushId, Guid? RunId, string Target, DateTimeOffset StartedAt, int PlannedChunks);

/// <summary>One chunk of a data value push, by the hash of its payload, with DHIS2's counts once acknowledged.</summary>
public sealed record PushChunk(
    Guid PushId,
    int Index,
    string PayloadHash,
    ChunkStatus Status,
    int Imported,
    int Updated,
    int Ignored,
    int Deleted,
    string? Error,
    DateTimeOffset At);

/// <summary>A push with its chunks in index order.</summary>
public sealed record PushSummary(
    Guid PushId,
    Guid? RunId,
    string Target,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    PushStatus Status,
    int PlannedChunks,
    IReadOnlyList<PushChunk> Chunks)
{
    /// <summary>Payload hashes DHIS2 already acknowledged: a resumed push skips these chunks.</summary>
    public IReadOnlySet<string> AcknowledgedHashes =>
        Chunks.Where(c => c.Status == ChunkStatus.Acknowledged).Select(c => c.PayloadHash).ToHashSet(StringComparer.Ordinal);
}

/// <summary>The key of a DHIS2 data value.</summary>
public readonly record struct DataValueKey(string DataElement, string Period, string OrgUnit, string CategoryOptionCombo);

/// <summary>A value as last pushed to (and acknowledged by) DHIS2; values are strings, as DHIS2 keeps them.</summary>
public sealed record PushedValue(DataValueKey Key, string Value);
