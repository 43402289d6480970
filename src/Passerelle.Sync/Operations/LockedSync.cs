using Microsoft.Extensions.Logging;
using Passerelle.Core.Storage;
using Passerelle.Sync.Composition;
using Passerelle.Sync.Configuration;
using Passerelle.Sync.Pipeline;

namespace Passerelle.Sync.Operations;

/// <summary>
/// A sync as operations run it: take the warehouse's run lock, close runs a killed process left « running »,
/// open the session and run the pipeline. Shared by <c>passerelle sync</c>, <c>passerelle schedule</c> and the web app.
/// </summary>
public sealed partial class LockedSync(PasserelleConfig config, TimeProvider time, ILoggerFactory loggers)
{
    private readonly ILogger _logger = loggers.CreateLogger<LockedSync>();

    /// <exception cref="RunLockHeldException">Another sync runs on this warehouse.</exception>
    public async Task<SyncReport> RunAsync(SyncRunOptions options, ISyncProgress progress, string purpose, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        await using var runLock = await RunLock.AcquireAsync(config.Warehouse, purpose, time, cancellationToken).ConfigureAwait(false);
        if (runLock.TakenOverFrom is { } stale)
        {
            LogStaleLock(_logger, stale.ProcessId, stale.Host, stale.StartedAt);
        }

        await using var session = await SyncSession.OpenAsync(config, demoMode: false, time, loggers, cancellationToken).ConfigureAwait(false);
        await CloseInterruptedRunsAsync(session.Warehouse, cancellationToken).ConfigureAwait(false);
        return await new SyncRunner(session, progress).RunAsync(options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs still marked running while we hold the lock were cut short (killed, power loss): mark them failed,
    /// so the history tells the truth and their watermarks are never trusted.
    /// </summary>
    public async Task<int> CloseInterruptedRunsAsync(IWarehouse warehouse, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        var closed = 0;
        foreach (var run in await warehouse.Runs.ListRunsAsync(100, cancellationToken).ConfigureAwait(false))
        {
            if (run.Status != RunStatus.Running)
            {
                continue;
            }

            await warehouse.Runs.FinishRunAsync(run.RunId, RunStatus.Failed, time.GetUtcNow(),
                "interrompue (processus arrêté avant la fin) / interrupted (process stopped before the end)", cancellationToken).ConfigureAwait(false);
            await warehouse.Audit.AppendAsync(new AuditEvent(time.GetUtcNow(), "system", "run-interrupted", "run", run.RunId.ToString(), null), cancellationToken)
                .ConfigureAwait(false);
            LogInterrupted(_logger, run.RunId);
            closed++;
        }

        return closed;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Verrou périmé repris / stale run lock taken over (pid {ProcessId} on {Host}, since {StartedAt:u})")]
    private static partial void LogStaleLock(ILogger logger, int processId, string host, DateTimeOffset startedAt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Exécution interrompue marquée en échec / interrupted run marked failed: {RunId}")]
    private static partial void LogInterrupted(ILogger logger, Guid runId);
}
