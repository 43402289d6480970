using Microsoft.Extensions.Logging;
using Passerelle.Sync.Configuration;
using Passerelle.Sync.Pipeline;

namespace Passerelle.Sync.Operations;

/// <summary>The production <see cref="ISyncJob"/>: a whole sync (pull → push) under the run lock, logged.</summary>
public sealed class LockedSyncJob(PasserelleConfig config, TimeProvider time, ILoggerFactory loggers) : ISyncJob
{
    public Task RunAsync(string actor, CancellationToken cancellationToken) =>
        new LockedSync(config, time, loggers).RunAsync(
            new SyncRunOptions(Actor: actor), new LoggingSyncProgress(loggers.CreateLogger<LoggingSyncProgress>()), actor, cancellationToken);
}
