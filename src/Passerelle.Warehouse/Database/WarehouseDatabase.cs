using System.Data.Common;

namespace Passerelle.Warehouse.Database;

/// <summary>What differs between the engines: connections, parameters, bulk loading, dialect scripts.</summary>
internal abstract class WarehouseDatabase : IAsyncDisposable
{
    public abstract WarehouseEngine Engine { get; }

    /// <summary>Suffix of the migration scripts only this engine runs (<c>NNNN_name.{suffix}.sql</c>).</summary>
    public abstract string MigrationSuffix { get; }

    /// <summary>
    /// A statement taking a lock held until the migration transaction ends, so that two processes
    /// starting together do not both migrate; null when the engine allows a single process anyway.
    /// </summary>
    public virtual string? MigrationLockStatement => null;

    public abstract Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    /// <summary>A positional parameter (<c>$1</c>, <c>$2</c>…) holding an already converted value.</summary>
    public abstract DbParameter CreateParameter(object value);

    /// <summary>Streams <paramref name="rows"/> into <paramref name="table"/> inside the connection's transaction.</summary>
    public abstract Task<long> BulkInsertAsync(DbConnection connection, BulkTable table, IAsyncEnumerable<object?[]> rows, CancellationToken cancellationToken);

    /// <summary>
    /// Inserts <paramref name="rows"/> (one per key already) by bulk-loading them into a scratch table of the session
    /// and running <paramref name="insert"/> once from it; null when the engine or the rows' types do not allow it
    /// (nothing was written then).
    /// </summary>
    /// <returns>The rows affected, or null.</returns>
    public virtual Task<int?> TryInsertStagedAsync(
        SqlSession session, DbConnection connection, MultiRowInsert insert, IReadOnlyList<object?[]> rows, CancellationToken cancellationToken) =>
        Task.FromResult<int?>(null);

    /// <summary>Memory the engine holds in this process; null when it runs in another one.</summary>
    public virtual Task<long?> EngineMemoryBytesAsync(CancellationToken cancellationToken) => Task.FromResult<long?>(null);

    /// <summary>Before a query's rows are read one by one: the engine may hand them over as they are made rather than all at once.</summary>
    public virtual void PrepareToStream(DbCommand command)
    {
    }

    /// <summary>Called after migrations: the engine may tighten file permissions and the like.</summary>
    public virtual void AfterOpen()
    {
    }

    public async Task<SqlSession> OpenSessionAsync(CancellationToken cancellationToken) =>
        new(this, await OpenConnectionAsync(cancellationToken).ConfigureAwait(false));

    /// <summary>In one transaction: deletes what <paramref name="deleteSql"/> selects, then bulk-loads <paramref name="rows"/>.</summary>
    public async Task<long> ReplaceAsync(
        string deleteSql,
        IReadOnlyList<object?> deleteArguments,
        BulkTable table,
        IAsyncEnumerable<object?[]> rows,
        CancellationToken cancellationToken)
    {
        await using var session = await OpenSessionAsync(cancellationToken).ConfigureAwait(false);
        await session.BeginAsync(cancellationToken).ConfigureAwait(false);
        await session.ExecuteAsync(deleteSql, deleteArguments, cancellationToken).ConfigureAwait(false);
        var count = await session.BulkInsertAsync(table, rows, cancellationToken).ConfigureAwait(false);
        await session.CommitAsync(cancellationToken).ConfigureAwait(false);
        return count;
    }

    /// <summary>Runs <paramref name="sql"/> once per row of arguments, all in one transaction.</summary>
    public async Task<int> ExecuteEachAsync(string sql, IEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        await using var session = await OpenSessionAsync(cancellationToken).ConfigureAwait(false);
        await session.BeginAsync(cancellationToken).ConfigureAwait(false);
        var affected = await session.ExecuteEachAsync(sql, rows, cancellationToken).ConfigureAwait(false);
        await session.CommitAsync(cancellationToken).ConfigureAwait(false);
        return affected;
    }

    public virtual ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
