using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Passerelle.Sync.Operations;

/// <summary>
/// Runs <see cref="ISyncJob"/> at each occurrence of <c>schedule.cron</c> (UTC), one run at a time: a tick
/// that comes while the previous run is still going is skipped and logged, and a run that finds the
/// warehouse locked by another process (a manual <c>sync</c>) is skipped too. Time comes from the injected
/// <see cref="TimeProvider"/>, so tests drive it with a fake clock.
/// </summary>
public sealed partial class SyncScheduler(ISyncJob job, SyncSchedule schedule, TimeProvider time, ILogger<SyncScheduler> logger) : BackgroundService
{
    private readonly Lock _gate = new();
    private ScheduleStatus _status = new(schedule.Text, null, false, null, null, null, 0);

    public ScheduleStatus Status
    {
        get
        {
            lock (_gate)
            {
                return _status;
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        LogStarted(logger, schedule.Text);
        Task running = Task.CompletedTask;
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = time.GetUtcNow();
            var next = schedule.NextAfter(now);
            Update(s => s with { NextRunAt = next });
            if (next is null)
            {
                LogNoMoreOccurrences(logger, schedule.Text);
                break;
            }

            try
            {
                await Task.Delay(next.Value - now, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            if (!running.IsCompleted)
            {
                Update(s => s with { SkippedTicks = s.SkippedTicks + 1 });
                LogSkippedBusy(logger, next.Value);
                continue;
            }

            running = RunOnceAsync(stoppingToken);
        }

        // Let a run in progress finish its stage bookkeeping; it sees the same cancellation.
        await running.ConfigureAwait(false);
        LogStopped(logger);
    }

    private async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var started = time.GetUtcNow();
        Update(s => s with { IsRunning = true, LastStartedAt = started });
        string outcome;
        try
        {
            LogRunStarting(logger, started);
            await job.RunAsync("schedule", stoppingToken).ConfigureAwait(false);
            outcome = "réussie / succeeded";
        }
        catch (RunLockHeldException e)
        {
            outcome = "sautée, verrou détenu / skipped, lock held";
            LogSkippedLocked(logger, e.Holder?.Describe() ?? "?");
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            outcome = "annulée (arrêt) / cancelled (shutdown)";
        }
        catch (Exception e)
        {
            // The run ledger holds the details; the scheduler keeps going and tries again at the next tick.
            outcome = "échec / failed";
            LogRunFailed(logger, e.GetType().Name, e.Message);
        }

        var finished = time.GetUtcNow();
        Update(s => s with { IsRunning = false, LastFinishedAt = finished, LastOutcome = outcome });
        LogRunFinished(logger, outcome, (finished - started).TotalSeconds);
    }

    private void Update(Func<ScheduleStatus, ScheduleStatus> change)
    {
        lock (_gate)
        {
            _status = change(_status);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Planification démarrée / schedule started: {Cron} (UTC)")]
    private static partial void LogStarted(ILogger logger, string cron);

    [LoggerMessage(Level = LogLevel.Information, Message = "Planification arrêtée / schedule stopped")]
    private static partial void LogStopped(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Plus aucune échéance / no further occurrence for {Cron}")]
    private static partial void LogNoMoreOccurrences(ILogger logger, string cron);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Échéance sautée, synchronisation précédente en cours / tick skipped, previous sync still running: {Tick:u}")]
    private static partial void LogSkippedBusy(ILogger logger, DateTimeOffset tick);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Échéance sautée, entrepôt verrouillé / tick skipped, warehouse locked by {Holder}")]
    private static partial void LogSkippedLocked(ILogger logger, string holder);

    [LoggerMessage(Level = LogLevel.Information, Message = "Synchronisation planifiée / scheduled sync starting at {Started:u}")]
    private static partial void LogRunStarting(ILogger logger, DateTimeOffset started);

    [LoggerMessage(Level = LogLevel.Error, Message = "Synchronisation planifiée en échec / scheduled sync failed ({ErrorType}): {Reason}")]
    private static partial void LogRunFailed(ILogger logger, string errorType, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Synchronisation planifiée / scheduled sync: {Outcome} ({Seconds:0.0} s)")]
    private static partial void LogRunFinished(ILogger logger, string outcome, double seconds);
}
