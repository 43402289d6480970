using System.Data.Common;
using System.Runtime.CompilerServices;

namespace Passerelle.Warehouse.Database;

/// <summary>
/// One open connection (and at most one transaction) with the few operations the stores need. SQL
/// uses positional parameters <c>$1</c>, <c>$2</c>… which both engines understand.
/// </summary>
internal sealed class SqlSession(WarehouseDatabase database, DbConnection connection) : IAsyncDisposable
{
    /// <summary>From this many rows, an insert goes through a bulk-loaded scratch table when the engine offers one.</summary>
    private const int StagedFromRows = 64;

    private DbTransaction? _transaction;

    public WarehouseEngine Engine => database.Engine;

    public async Task BeginAsync(CancellationToken cancellationToken) =>
        _transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        if (_transaction is null)
        {
            throw new InvalidOperationException("No transaction to commit.");
        }

        await _transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        await _transaction.DisposeAsync().ConfigureAwait(false);
        _transaction = null;
    }

    public async Task<int> ExecuteAsync(string sql, IReadOnlyList<object?> arguments, CancellationToken cancellationToken)
    {
        await using var command = CreateCommand(sql, arguments);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken) => ExecuteAsync(sql, [], cancellationToken);

    /// <summary>
    /// Runs a one-row statement for each row: when it is a plain insert (see <see cref="MultiRowInsert"/>), many
    /// rows are bulk-loaded into a scratch table and inserted from it in one statement where the engine can
    /// (<see cref="WarehouseDatabase.TryInsertStagedAsync"/>), or go many rows to a statement; one by one otherwise.
    /// </summary>
    /// <returns>The rows affected.</returns>
    public async Task<int> ExecuteEachAsync(string sql, IEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        var affected = 0;
        if (MultiRowInsert.TryParse(sql) is { } insert)
        {
            var kept = insert.LastPerKey(rows).ToList();
            if (kept.Count >= StagedFromRows
                && await database.TryInsertStagedAsync(this, connection, insert, kept, cancellationToken).ConfigureAwait(false) is { } staged)
            {
                return staged;
            }

            foreach (var (batchSql, arguments) in insert.Batches(kept))
            {
                affected += await ExecuteAsync(batchSql, arguments, cancellationToken).ConfigureAwait(false);
            }

            return affected;
        }

        foreach (var row in rows)
        {
            affected += await ExecuteAsync(sql, row, cancellationToken).ConfigureAwait(false);
        }

        return affected;
    }

    public async Task<object?> ScalarAsync(string sql, IReadOnlyList<object?> arguments, CancellationToken cancellationToken)
    {
        await using var command = CreateCommand(sql, arguments);
        var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return value is DBNull ? null : value;
    }

    public async IAsyncEnumerable<T> QueryAsync<T>(
        string sql,
        IReadOnlyList<object?> arguments,
        Func<DbDataReader, T> map,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = CreateCommand(sql, arguments);
        database.PrepareToStream(command);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return map(reader);
        }
    }

    public async Task<List<T>> ListAsync<T>(string sql, IReadOnlyList<object?> arguments, Func<DbDataReader, T> map, CancellationToken cancellationToken)
    {
        var list = new List<T>();
        await foreach (var item in QueryAsync(sql, arguments, map, cancellationToken).ConfigureAwait(false))
        {
            list.Add(item);
        }

        return list;
    }

    public Task<long> BulkInsertAsync(BulkTable table, IAsyncEnumerable<object?[]> rows, CancellationToken cancellationToken) =>
        database.BulkInsertAsync(connection, table, rows, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_transaction is not null)
        {
            await _transaction.DisposeAsync().ConfigureAwait(false);
        }

        await connection.DisposeAsync().ConfigureAwait(false);
    }

    private DbCommand CreateCommand(string sql, IReadOnlyList<object?> arguments)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = _transaction;
        foreach (var argument in arguments)
        {
            command.Parameters.Add(database.CreateParameter(DbValues.ToParameterValue(argument)));
        }

        return command;
    }
}
