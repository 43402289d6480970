using Passerelle.Warehouse;

namespace Passerelle.Sync.Operations;

/// <summary>
/// One sync at a time per warehouse. For a DuckDB file, an exclusive operating-system lock on a file beside
/// it (<c>passerelle.duckdb.lock</c>): the kernel releases it when the holder dies, even by <c>kill -9</c>, so a
/// stale lock is simply taken over. For PostgreSQL, a session advisory lock, released when the session ends.
/// </summary>
public abstract class RunLock : IAsyncDisposable
{
    /// <summary>Where the lock lives, for messages (the lock file, or « PostgreSQL advisory lock »).</summary>
    public abstract string Location { get; }

    /// <summary>The holder a crashed run left behind and this lock took over, if any.</summary>
    public RunLockHolder? TakenOverFrom { get; protected init; }

    /// <summary>Takes the lock of <paramref name="warehouse"/> (a DuckDB path or a PostgreSQL connection string).</summary>
    /// <exception cref="RunLockHeldException">Another live process holds it.</exception>
    public static async Task<RunLock> AcquireAsync(string warehouse, string purpose, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(time);
        var settings = WarehouseConnectionString.Parse(warehouse);
        return settings.Engine == WarehouseEngine.PostgreSql
            ? await PostgresRunLock.TakeAsync(settings.ProviderConnectionString, purpose, time, cancellationToken).ConfigureAwait(false)
            : FileRunLock.Acquire(settings.DuckDbPath!, purpose, time);
    }

    /// <summary>Who holds the lock now, without taking it; null when it is free.</summary>
    public static async Task<RunLockHolder?> FindHolderAsync(string warehouse, CancellationToken cancellationToken)
    {
        var settings = WarehouseConnectionString.Parse(warehouse);
        return settings.Engine == WarehouseEngine.PostgreSql
            ? await PostgresRunLock.FindHolderOnServerAsync(settings.ProviderConnectionString, cancellationToken).ConfigureAwait(false)
            : FileRunLock.FindHolder(settings.DuckDbPath!);
    }

    public abstract ValueTask DisposeAsync();
}
