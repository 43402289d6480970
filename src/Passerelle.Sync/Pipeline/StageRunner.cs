using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Passerelle.Core.Storage;

namespace Passerelle.Sync.Pipeline;

/// <summary>Runs one stage: times it, records it in the run ledger and tells the progress watcher.</summary>
public sealed partial class StageRunner(IWarehouse warehouse, Guid runId, ISyncProgress progress, ILogger logger)
{
    public async Task<StageOutcome> RunAsync(string stage, string french, Func<CancellationToken, Task<StageOutcome>> body, CancellationToken cancellationToken)
    {
        progress.StageStarted(stage, french);
        var clock = Stopwatch.StartNew();
        try
        {
            var outcome = await body(cancellationToken);
            clock.Stop();
            await warehouse.Runs.RecordStageAsync(
                new StageResult(runId, stage, StageStatus.Succeeded, outcome.Read, outcome.Written, outcome.Rejected, clock.Elapsed, null),
                CancellationToken.None);
            LogStageDone(logger, stage, outcome.Read, outcome.Written, outcome.Rejected, clock.ElapsedMilliseconds);
            progress.StageFinished(stage, outcome, clock.Elapsed);
            return outcome;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            clock.Stop();
            var status = e is OperationCanceledException ? StageStatus.Skipped : StageStatus.Failed;
            await warehouse.Runs.RecordStageAsync(
                new StageResult(runId, stage, status, 0, 0, 0, clock.Elapsed, e.Message),
                CancellationToken.None);
            LogStageFailed(logger, stage, e.GetType().Name);
            progress.StageFailed(stage, e, clock.Elapsed);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Stage {Stage}: read {Read}, written {Written}, rejected {Rejected} in {Milliseconds} ms")]
    private static partial void LogStageDone(ILogger logger, string stage, long read, long written, long rejected, long milliseconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Stage {Stage} failed ({ErrorType})")]
    private static partial void LogStageFailed(ILogger logger, string stage, string errorType);
}
