namespace Passerelle.Core.Storage;

public enum RunStatus
{
    Running,
    Succeeded,
    Failed,
    Cancelled,
}

public enum StageStatus
{
    Succeeded,
    Failed,
    Skipped,
}

/// <summary>A run begins: <paramref name="Kind"/> is the command (<c>sync</c>, <c>pull</c>, <c>push</c>…).</summary>
public sealed record RunStart(Guid RunId, string Kind, DateTimeOffset StartedAt);

/// <summary>What one stage of a run did. <paramref name="Error"/> is a message, never personal data.</summary>
public sealed record StageResult(
    Guid RunId,
    string Stage,
    StageStatus Status,
    long ItemsRead,
    long ItemsWritten,
    long ItemsRejected,
    TimeSpan Duration,
    string? Error);

/// <summary>A run as the history shows it, stages in the order they were recorded.</summary>
public sealed record RunSummary(
    Guid RunId,
    string Kind,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    RunStatus Status,
    string? Error,
    IReadOnlyList<StageResult> Stages);
