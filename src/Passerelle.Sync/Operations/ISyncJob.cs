namespace Passerelle.Sync.Operations;

/// <summary>One scheduled sync, run by <see cref="SyncScheduler"/>; <see cref="LockedSyncJob"/> in production.</summary>
public interface ISyncJob
{
    /// <param name="actor">Who asked, for the audit log (<c>schedule</c>).</param>
    Task RunAsync(string actor, CancellationToken cancellationToken);
}
