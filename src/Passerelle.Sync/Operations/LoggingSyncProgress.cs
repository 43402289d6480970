using Microsoft.Extensions.Logging;
using Passerelle.Sync.Pipeline;

namespace Passerelle.Sync.Operations;

/// <summary>Stage progress as log lines, for headless runs (systemd journal, web app log).</summary>
public sealed partial class LoggingSyncProgress(ILogger<LoggingSyncProgress> logger) : ISyncProgress
{
    public void StageStarted(string stage, string french) => LogStarted(logger, stage, french);

    public void StageFinished(string stage, StageOutcome outcome, TimeSpan duration) =>
        LogFinished(logger, stage, outcome?.English ?? "", (long)duration.TotalMilliseconds);

    public void StageFailed(string stage, Exception error, TimeSpan duration) =>
        LogFailed(logger, stage, error?.Message ?? "", (long)duration.TotalMilliseconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Étape / stage {Stage}: {French}")]
    private static partial void LogStarted(ILogger logger, string stage, string french);

    [LoggerMessage(Level = LogLevel.Information, Message = "Étape terminée / stage done {Stage}: {Summary} ({Milliseconds} ms)")]
    private static partial void LogFinished(ILogger logger, string stage, string summary, long milliseconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Étape en échec / stage failed {Stage}: {Reason} ({Milliseconds} ms)")]
    private static partial void LogFailed(ILogger logger, string stage, string reason, long milliseconds);
}
