using Npgsql;
using Passerelle.Core.Storage;
using Passerelle.Testing;
using Passerelle.Warehouse.Tests.Contract;

namespace Passerelle.Warehouse.Tests.Postgres;

/// <summary>What only the PostgreSQL warehouse does: the audit trigger and migration under concurrency.</summary>
public sealed class PostgresWarehouseTests(PostgresServerFixture server) : IClassFixture<PostgresServerFixture>
{
    private static CancellationToken Ct => CancellationToken.None;

    [PostgresFact]
    public async Task AuditEvent_UpdateOrDeleteInSql_IsRefusedByTheDatabase()
    {
        // Given an audited event, written through the port
        var connectionString = await server.CreateSchemaAsync();
        await using (var warehouse = await WarehouseFactory.OpenAsync(connectionString, null, Ct))
        {
            await warehouse.Audit.AppendAsync(new AuditEvent(DateTimeOffset.UnixEpoch, "awa.diop", "login", "session", null, null), Ct);
        }

        // When someone tries to rewrite or erase it straight in SQL
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var update = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(connection, "UPDATE audit_event SET actor = 'x'"));
        var delete = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(connection, "DELETE FROM audit_event"));
        var truncate = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(connection, "TRUNCATE audit_event"));

        // Then the database refuses each, and the event is still there
        Assert.All([update, delete, truncate], e => Assert.Contains("append-only", e.MessageText, StringComparison.Ordinal));
        await using var count = new NpgsqlCommand("SELECT count(*) FROM audit_event WHERE actor = 'awa.diop'", connection);
        Assert.Equal(1L, await count.ExecuteScalarAsync());
    }

    [PostgresFact]
    public async Task OpenAsync_FourProcessesAtOnce_MigrateOnce()
    {
        // Given an empty schema
        var connectionString = await server.CreateSchemaAsync();

        // When four opens race
        var warehouses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => WarehouseFactory.OpenAsync(connectionString, null, Ct)));
        foreach (var warehouse in warehouses)
        {
            await warehouse.DisposeAsync();
        }

        // Then each version is recorded exactly once
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*), count(DISTINCT version) FROM schema_version", connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        Assert.Equal(Migrations.Migration.All.Count, reader.GetInt64(0));
        Assert.Equal(reader.GetInt64(0), reader.GetInt64(1));
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
