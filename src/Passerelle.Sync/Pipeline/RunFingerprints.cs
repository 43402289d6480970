using Passerelle.Core.Storage;

namespace Passerelle.Sync.Pipeline;

/// <summary>
/// Remembers, per subject (a stage's inputs, the metadata pushed to one DHIS2), a fingerprint of what the last
/// successful run saw, so an unchanged re-run can skip work whose result cannot change. Fingerprints live in the
/// warehouse's run ledger, as watermarks: <c>fingerprint {subject}</c> and <c>fingerprint {subject} {hash}</c> get the
/// same instant, later than any before; the subject is unchanged when the latest successful instants of the two agree.
/// Nothing is skipped after a run that failed or crashed (it may have half-written what the stage writes).
/// </summary>
public sealed class RunFingerprints(IWarehouse warehouse, Guid runId, TimeProvider time)
{
    /// <summary>True when the last successful run that recorded <paramref name="subject"/> recorded <paramref name="fingerprint"/>, and no run failed since.</summary>
    public async Task<bool> MatchesLastAsync(string subject, string fingerprint, CancellationToken cancellationToken)
    {
        var last = await warehouse.Runs.GetLastSuccessfulWatermarkAsync(SubjectKey(subject), cancellationToken);
        if (last is null
            || await warehouse.Runs.GetLastSuccessfulWatermarkAsync(FingerprintKey(subject, fingerprint), cancellationToken) != last)
        {
            return false;
        }

        var recent = await warehouse.Runs.ListRunsAsync(3, cancellationToken);
        var previous = recent.FirstOrDefault(r => r.RunId != runId);
        return previous is null || previous.Status == RunStatus.Succeeded;
    }

    /// <summary>Records what this run saw; it counts once the run succeeds.</summary>
    public async Task RecordAsync(string subject, string fingerprint, CancellationToken cancellationToken)
    {
        var at = time.GetUtcNow();
        if (await warehouse.Runs.GetLastSuccessfulWatermarkAsync(SubjectKey(subject), cancellationToken) is { } last && at <= last)
        {
            at = last.AddMilliseconds(1);
        }

        await warehouse.Runs.RecordWatermarkAsync(runId, SubjectKey(subject), at, cancellationToken);
        await warehouse.Runs.RecordWatermarkAsync(runId, FingerprintKey(subject, fingerprint), at, cancellationToken);
    }

    /// <summary>
    /// Records an instant this run reached for <paramref name="key"/> (e.g. the source's clock when its changes were read);
    /// it counts once the run succeeds.
    /// </summary>
    public Task RecordInstantAsync(string key, DateTimeOffset instant, CancellationToken cancellationToken) =>
        warehouse.Runs.RecordWatermarkAsync(runId, $"instant {key}", instant, cancellationToken);

    /// <summary>The instant the last successful run recorded for <paramref name="key"/>, if any.</summary>
    public Task<DateTimeOffset?> LastInstantAsync(string key, CancellationToken cancellationToken) =>
        warehouse.Runs.GetLastSuccessfulWatermarkAsync($"instant {key}", cancellationToken);

    private static string SubjectKey(string subject) => $"fingerprint {subject}";

    private static string FingerprintKey(string subject, string fingerprint) => $"fingerprint {subject} {fingerprint}";
}
