using System.Collections.Concurrent;
using Passerelle.Core.Storage;

namespace Passerelle.Web.Reading;

/// <summary>
/// Keeps figures that only change when a run writes the warehouse (the trend, the distinct workers) until the
/// next run: the key is the latest run's id, status and end, so a new or finished run empties the cache.
/// </summary>
public sealed class LatestRunCache(IWarehouse warehouse)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<object?>>> _entries = new(StringComparer.Ordinal);
    private string _run = "";

    public async Task<T> GetAsync<T>(string key, Func<CancellationToken, Task<T>> compute, CancellationToken cancellationToken)
    {
        var runs = await warehouse.Runs.ListRunsAsync(1, cancellationToken);
        var run = runs.Count == 0 ? "none" : $"{runs[0].RunId:N}/{runs[0].Status}/{runs[0].FinishedAt?.UtcTicks}";
        if (!string.Equals(Volatile.Read(ref _run), run, StringComparison.Ordinal))
        {
            _entries.Clear();
            Volatile.Write(ref _run, run);
        }

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
}
