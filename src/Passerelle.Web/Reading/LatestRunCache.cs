using System.Collections.Concurrent;
using Passerelle.Core.Storage;

namespace Passerelle.Web.Reading;

/// <summary>
/// Keeps figures that only change when a run writes the warehouse (facility summaries, the trend, the distinct
/// workers…) until the next run: the key is the latest run's id, status and end, and the latest
/// <c>passerelle analyze</c> (audited, not a run), so a new or finished run or analysis empties the cache. The run ledger is asked at most once per <see cref="RecheckEvery"/>, so a run shows
/// within that delay.
/// </summary>
public sealed class LatestRunCache(IWarehouse warehouse, TimeProvider time)
{
    public static readonly TimeSpan RecheckEvery = TimeSpan.FromSeconds(2);

    private readonly ConcurrentDictionary<string, Lazy<Task<object?>>> _entries = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _check = new(1, 1);
    private volatile string _run = "";
    private long _checkedAtTicks = long.MinValue / 2;

    public async Task<T> GetAsync<T>(string key, Func<CancellationToken, Task<T>> compute, CancellationToken cancellationToken)
    {
        var run = await CurrentRunAsync(cancellationToken);

        // Computed once per key even when many requests ask at the same time; a failure is not kept.
        var entry = _entries.GetOrAdd($"{run}|{key}", _ => new Lazy<Task<object?>>(async () => (object?)await compute(CancellationToken.None)));
        try
        {
            return (T)(await entry.Value.WaitAsync(cancellationToken))!;
        }
        catch (Exception) when (entry.Value.IsFaulted)
        {
            _entries.TryRemove($"{run}|{key}", out _);
            throw;
        }
    }

    private async Task<string> CurrentRunAsync(CancellationToken cancellationToken)
    {
        if (time.GetUtcNow().UtcTicks - Volatile.Read(ref _checkedAtTicks) < RecheckEvery.Ticks && _run.Length > 0)
        {
            return _run;
        }

        await _check.WaitAsync(cancellationToken);
        try
        {
            var now = time.GetUtcNow();
            if (now.UtcTicks - Volatile.Read(ref _checkedAtTicks) >= RecheckEvery.Ticks || _run.Length == 0)
            {
                var runs = await warehouse.Runs.ListRunsAsync(1, cancellationToken);
                var analyses = await warehouse.Audit.ReadAsync(new AuditQuery(Action: "analyze", Limit: 1), cancellationToken);
                var run = (runs.Count == 0 ? "none" : $"{runs[0].RunId:N}/{runs[0].Status}/{runs[0].FinishedAt?.UtcTicks}")
                    + $"/{(analyses.Count == 0 ? 0 : analyses[0].Sequence)}";
                if (!string.Equals(_run, run, StringComparison.Ordinal))
                {
                    _entries.Clear();
                    _run = run;
                }

                Volatile.Write(ref _checkedAtTicks, now.UtcTicks);
            }

            return _run;
        }
        finally
        {
            _check.Release();
        }
    }
}
