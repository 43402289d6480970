using System.Data.Common;
using DuckDB.NET.Data;

namespace Passerelle.Warehouse.Database;

/// <summary>
/// A warehouse in one DuckDB file. A connection stays open for the warehouse's lifetime so the
/// database instance (shared by every connection to the file in this process) is not reopened per call.
/// </summary>
internal sealed class DuckDbDatabase : WarehouseDatabase
{
    private readonly string _connectionString;
    private readonly string _path;
    private readonly DuckDBConnection _keepAlive;

    private DuckDbDatabase(string connectionString, string path, DuckDBConnection keepAlive)
    {
        _connectionString = connectionString;
        _path = path;
        _keepAlive = keepAlive;
    }

    public override WarehouseEngine Engine => WarehouseEngine.DuckDb;

    public override string MigrationSuffix => "duckdb";

    public static async Task<DuckDbDatabase> OpenAsync(WarehouseConnectionString settings, CancellationToken cancellationToken)
    {
        var path = settings.DuckDbPath ?? throw new ArgumentException("A DuckDB path is required.", nameof(settings));
        var directory = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(directory) && !Directory.Exists(directory))
        {
            // A folder we create is private too: DuckDB's write-ahead log appears beside the file.
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(directory);
            }
            else
            {
                Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }

        var connection = new DuckDBConnection(settings.ProviderConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DuckDBException e)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            // DuckDB lets one process at a time write a file: say so, since `serve` and a cron `sync` may collide.
            var hint = e.Message.Contains("lock", StringComparison.OrdinalIgnoreCase)
                ? " — un autre processus Passerelle l'utilise-t-il ? / is another Passerelle process using it?"
                : string.Empty;
            throw new WarehouseException(
                $"Impossible d'ouvrir l'entrepôt DuckDB / cannot open the DuckDB warehouse '{path}': {e.Message}{hint}", e);
        }

        // DuckDB's allocator (jemalloc on Linux) keeps the pages a finished query freed until that thread allocates
        // again; its background threads hand them back to the system within about a second. Without them a
        // million-worker sync kept some 400 MiB it no longer used (docs/performance.md).
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SET allocator_background_threads = true";
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        // The limit comes from validated text (WarehouseConnectionString): a number and a unit, nothing to escape.
        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"SET memory_limit = '{settings.DuckDbMemoryLimit ?? WarehouseConnectionString.DefaultDuckDbMemoryLimit}'";
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        DuckDbAllocator.ReleasesFreedPagesAtOnce();
        var database = new DuckDbDatabase(settings.ProviderConnectionString, path, connection);
        database.RestrictToOwner();
        return database;
    }

    public override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new DuckDBConnection(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    /// <summary>What DuckDB's buffer manager accounts for: cached table blocks, indexes, query state (<c>duckdb_memory()</c>).</summary>
    public override async Task<long?> EngineMemoryBytesAsync(CancellationToken cancellationToken)
    {
        await using var session = await OpenSessionAsync(cancellationToken).ConfigureAwait(false);
        var value = await session.ScalarAsync("SELECT CAST(coalesce(sum(memory_usage_bytes), 0) AS BIGINT) FROM duckdb_memory()", [], cancellationToken).ConfigureAwait(false);
        return value is null or DBNull ? 0 : Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// DuckDB otherwise builds a query's whole result in its own memory before the first row is read: a million worker
    /// roles, or a million and a half values to push, held twice (docs/performance.md). Streamed, only the chunk being read
    /// is. A streaming result ties up its connection until it is read, which the stores never rely on: PostgreSQL allows
    /// no second command during a read either.
    /// </summary>
    public override void PrepareToStream(DbCommand command) => ((DuckDBCommand)command).UseStreamingMode = true;

    public override DbParameter CreateParameter(object value) => new DuckDBParameter { Value = value };

    public override async Task<long> BulkInsertAsync(DbConnection connection, BulkTable table, IAsyncEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        var duck = (DuckDBConnection)connection;
        long count = 0;
        using var appender = duck.CreateAppender(table.Name);
        await foreach (var values in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var row = appender.CreateRow();
            for (var i = 0; i < table.Columns.Count; i++)
            {
                Append(row, table.Columns[i].Type, values[i]);
            }

            row.EndRow();
            count++;
        }

        appender.Close();
        return count;
    }

    /// <summary>Rows staged at a time: DuckDB holds the scratch table and its ordering in memory, so 100,000 links with their
    /// explanations at once cost some 450 MiB more at the peak than in chunks of this size (docs/performance.md).</summary>
    internal const int StagedChunkRows = 8_192;

    /// <summary>
    /// Appends the rows into a temporary table (the appender skips DuckDB's statement preparation, which costs with every
    /// parameter), then inserts from it in one statement, conflict clause included, in the rows' order; chunk after chunk of
    /// <see cref="StagedChunkRows"/>, all in the session's transaction.
    /// </summary>
    public override async Task<int?> TryInsertStagedAsync(
        SqlSession session, DbConnection connection, MultiRowInsert insert, IReadOnlyList<object?[]> rows, CancellationToken cancellationToken)
    {
        if (StagedRows.TryCreate(rows, insert.Width) is not { } staged || staged.ColumnTypes.Any(t => t is not null && TypeName(t) is null))
        {
            return null;
        }

        var columns = Enumerable.Range(0, insert.Width).Select(StagedRows.Column).ToList();
        var definitions = string.Join(", ", columns.Select((c, i) => $"{c} {(staged.ColumnTypes[i] is { } t ? TypeName(t) : "VARCHAR")}"));
        var affected = 0;
        for (var first = 0; first < staged.Rows.Count; first += StagedChunkRows)
        {
            var count = Math.Min(StagedChunkRows, staged.Rows.Count - first);
            affected += await InsertChunkAsync(session, (DuckDBConnection)connection, insert, staged, columns, definitions, first, count, cancellationToken)
                .ConfigureAwait(false);
        }

        return affected;
    }

    private static async Task<int> InsertChunkAsync(
        SqlSession session, DuckDBConnection connection, MultiRowInsert insert, StagedRows staged, List<string> columns, string definitions, int first, int count,
        CancellationToken cancellationToken)
    {
        var table = "passerelle_staged_" + Guid.NewGuid().ToString("N");
        await session.ExecuteAsync($"CREATE TEMPORARY TABLE {table} ({definitions}, staged_row BIGINT)", cancellationToken).ConfigureAwait(false);
        using (var appender = connection.CreateAppender("temp", "main", table))
        {
            for (var r = first; r < first + count; r++)
            {
                var row = appender.CreateRow();
                foreach (var value in staged.Rows[r])
                {
                    AppendConverted(row, value);
                }

                row.AppendValue((long?)r).EndRow();
            }

            appender.Close();
        }

        // DuckDB checks ON CONFLICT slowly against committed rows: left out when no row can conflict (often: all new).
        var select = $"SELECT {string.Join(", ", columns)} FROM {table} ORDER BY staged_row";
        var probe = insert.ConflictProbe(table, StagedRows.Column);
        var conflicts = probe is not null && await session.ScalarAsync(probe, [], cancellationToken).ConfigureAwait(false) is not null;
        var affected = await session.ExecuteAsync(
            probe is null || conflicts ? insert.FromSelect(select) : insert.FromSelectWithoutConflictClause(select), cancellationToken).ConfigureAwait(false);
        // On failure the table goes with the session's connection; dropping it here would only hide the error.
        await session.ExecuteAsync($"DROP TABLE {table}", cancellationToken).ConfigureAwait(false);
        return affected;
    }

    public override void AfterOpen() => RestrictToOwner();

    public override async ValueTask DisposeAsync()
    {
        await _keepAlive.DisposeAsync().ConfigureAwait(false);
        RestrictToOwner();
    }

    // Typed appends: the generic AppendValue<TEnum> would otherwise capture plain ints.
    private static void Append(IDuckDBAppenderRow row, BulkType type, object? value)
    {
        if (value is null)
        {
            row.AppendNullValue();
            return;
        }

        _ = type switch
        {
            BulkType.Text => row.AppendValue((string)value),
            BulkType.Int32 => row.AppendValue((int?)(int)value),
            BulkType.Int64 => row.AppendValue((long?)(long)value),
            BulkType.Double => row.AppendValue((double?)(double)value),
            BulkType.Boolean => row.AppendValue((bool?)(bool)value),
            BulkType.Date => row.AppendValue((DateOnly?)(DateOnly)value),
            BulkType.Timestamp => row.AppendValue((DateTime?)DbValues.ToTimestamp((DateTimeOffset)value)),
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
        };
    }

    /// <summary>The DuckDB type of a scratch column holding values of <paramref name="type"/> (as parameters bind them), or null.</summary>
    private static string? TypeName(Type type) => type switch
    {
        _ when type == typeof(string) => "VARCHAR",
        _ when type == typeof(int) => "INTEGER",
        _ when type == typeof(long) => "BIGINT",
        _ when type == typeof(double) => "DOUBLE",
        _ when type == typeof(bool) => "BOOLEAN",
        _ when type == typeof(DateOnly) => "DATE",
        _ when type == typeof(DateTime) => "TIMESTAMP",
        _ => null,
    };

    private static void AppendConverted(IDuckDBAppenderRow row, object value) => _ = value switch
    {
        DBNull => row.AppendNullValue(),
        string text => row.AppendValue(text),
        int number => row.AppendValue((int?)number),
        long number => row.AppendValue((long?)number),
        double number => row.AppendValue((double?)number),
        bool flag => row.AppendValue((bool?)flag),
        DateOnly date => row.AppendValue((DateOnly?)date),
        DateTime time => row.AppendValue((DateTime?)time),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value.GetType(), null),
    };

    /// <summary>The file holds pseudonymised staging data: owner read/write only (chmod 600).</summary>
    private void RestrictToOwner()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        foreach (var file in new[] { _path, _path + ".wal" })
        {
            if (File.Exists(file))
            {
                File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }
    }
}
