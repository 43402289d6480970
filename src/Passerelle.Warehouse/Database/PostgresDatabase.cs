using System.Data.Common;
using Npgsql;
using NpgsqlTypes;

namespace Passerelle.Warehouse.Database;

/// <summary>A warehouse in a PostgreSQL database (the first schema of the search path).</summary>
internal sealed class PostgresDatabase(NpgsqlDataSource dataSource) : WarehouseDatabase
{
    public override WarehouseEngine Engine => WarehouseEngine.PostgreSql;

    public override string MigrationSuffix => "postgres";

    // An arbitrary application-wide key ("PASS" in ASCII) for pg_advisory_xact_lock.
    public override string? MigrationLockStatement => "SELECT pg_advisory_xact_lock(1346458451)";

    public static PostgresDatabase Create(WarehouseConnectionString settings) =>
        new(NpgsqlDataSource.Create(settings.ProviderConnectionString));

    public override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (NpgsqlException e)
        {
            throw new WarehouseException(
                $"Impossible de joindre l'entrepôt PostgreSQL / cannot reach the PostgreSQL warehouse: {e.Message}", e);
        }
    }

    public override DbParameter CreateParameter(object value) => new NpgsqlParameter { Value = value };

    public override async Task<long> BulkInsertAsync(DbConnection connection, BulkTable table, IAsyncEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        var columns = string.Join(", ", table.Columns.Select(c => c.Name));
        var npgsql = (NpgsqlConnection)connection;
        long count = 0;
        await using var importer = await npgsql
            .BeginBinaryImportAsync($"COPY {table.Name} ({columns}) FROM STDIN (FORMAT BINARY)", cancellationToken)
            .ConfigureAwait(false);
        await foreach (var values in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            await importer.StartRowAsync(cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < table.Columns.Count; i++)
            {
                await WriteAsync(importer, table.Columns[i].Type, values[i], cancellationToken).ConfigureAwait(false);
            }

            count++;
        }

        await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        return count;
    }

    public override async ValueTask DisposeAsync() => await dataSource.DisposeAsync().ConfigureAwait(false);

    private static Task WriteAsync(NpgsqlBinaryImporter importer, BulkType type, object? value, CancellationToken cancellationToken) =>
        value is null
            ? importer.WriteNullAsync(cancellationToken)
            : type switch
            {
                BulkType.Text => importer.WriteAsync((string)value, NpgsqlDbType.Text, cancellationToken),
                BulkType.Int32 => importer.WriteAsync((int)value, NpgsqlDbType.Integer, cancellationToken),
                BulkType.Int64 => importer.WriteAsync((long)value, NpgsqlDbType.Bigint, cancellationToken),
                BulkType.Double => importer.WriteAsync((double)value, NpgsqlDbType.Double, cancellationToken),
                BulkType.Boolean => importer.WriteAsync((bool)value, NpgsqlDbType.Boolean, cancellationToken),
                BulkType.Date => importer.WriteAsync((DateOnly)value, NpgsqlDbType.Date, cancellationToken),
                BulkType.Timestamp => importer.WriteAsync(DbValues.ToTimestamp((DateTimeOffset)value), NpgsqlDbType.Timestamp, cancellationToken),
                _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
            };
}
