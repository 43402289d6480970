namespace Passerelle.Core.Storage;

/// <summary>Run history: runs, their stages, and the watermarks incremental pulls start from.</summary>
public interface IRunLedger
{
    Task StartRunAsync(RunStart run, CancellationToken cancellationToken);

    /// <summary>Records a stage; recording the same stage of a run again replaces it (a resumed stage).</summary>
    Task RecordStageAsync(StageResult stage, CancellationToken cancellationToken);

    /// <summary>The high-water mark a run reached on a source; it counts only once the run succeeds.</summary>
    Task RecordWatermarkAsync(Guid runId, string source, DateTimeOffset watermark, CancellationToken cancellationToken);

    Task FinishRunAsync(Guid runId, RunStatus status, DateTimeOffset finishedAt, string? error, CancellationToken cancellationToken);

    Task<RunSummary?> GetRunAsync(Guid runId, CancellationToken cancellationToken);

    /// <summary>The most recent runs first.</summary>
    Task<IReadOnlyList<RunSummary>> ListRunsAsync(int limit, CancellationToken cancellationToken);

    /// <summary>The latest watermark recorded for <paramref name="source"/> by a run that succeeded, or null.</summary>
    Task<DateTimeOffset?> GetLastSuccessfulWatermarkAsync(string source, CancellationToken cancellationToken);
}
