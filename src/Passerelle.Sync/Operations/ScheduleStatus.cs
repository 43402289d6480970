namespace Passerelle.Sync.Operations;

/// <summary>What the scheduler is doing, for the web app's runs page and for logs.</summary>
/// <param name="SkippedTicks">Ticks skipped because the previous run was still going.</param>
public sealed record ScheduleStatus(
    string Cron,
    DateTimeOffset? NextRunAt,
    bool IsRunning,
    DateTimeOffset? LastStartedAt,
    DateTimeOffset? LastFinishedAt,
    string? LastOutcome,
    int SkippedTicks);
