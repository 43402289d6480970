using Passerelle.Core.Storage;

namespace Passerelle.Sync.Operations;

/// <summary>
/// Purges pseudonymised staging rows older than <c>privacy.stagingRetentionDays</c> at the end of each sync,
/// and writes the purge to the audit log (even when nothing was old enough, so the policy is seen to run).
/// </summary>
public sealed class StagingRetention(IWarehouse warehouse, TimeProvider time)
{
    public async Task<long> PurgeAsync(int retentionDays, string actor, Guid runId, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(retentionDays);
        var purged = await warehouse.Staging.PurgeStagingOlderThanAsync(TimeSpan.FromDays(retentionDays), cancellationToken).ConfigureAwait(false);
        await warehouse.Audit.AppendAsync(
            new AuditEvent(time.GetUtcNow(), actor, "retention-purge", "staging_worker_role", null,
                $"runId={runId};retentionDays={retentionDays};purged={purged}"),
            cancellationToken).ConfigureAwait(false);
        return purged;
    }
}
