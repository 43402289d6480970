using System.Globalization;
using Npgsql;

namespace Passerelle.Sync.Operations;

/// <summary>
/// The PostgreSQL run lock: a session advisory lock on a dedicated connection, released by the server when
/// the connection closes (or the client dies). The holder is told by the connection's application name.
/// Advisory locks belong to one database, so two warehouses on the same server never block each other.
/// </summary>
internal sealed class PostgresRunLock : RunLock
{
    // Two fixed keys ("PASS", "SYNC"), so no other application's advisory locks collide with ours.
    private const int KeyHigh = 0x50415353;
    private const int KeyLow = 0x53594E43;
    private const string ApplicationPrefix = "passerelle-lock";

    private readonly NpgsqlConnection _connection;

    private PostgresRunLock(NpgsqlConnection connection) => _connection = connection;

    public override string Location => "PostgreSQL advisory lock";

    public static async Task<PostgresRunLock> TakeAsync(string connectionString, string purpose, TimeProvider time, CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString)
        {
            ApplicationName = string.Create(CultureInfo.InvariantCulture,
                $"{ApplicationPrefix};{Environment.ProcessId};{Environment.MachineName};{purpose};{time.GetUtcNow().ToUnixTimeSeconds()}"),
            Pooling = false,
        };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = new NpgsqlCommand($"SELECT pg_try_advisory_lock({KeyHigh}, {KeyLow})", connection);
            if (await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is true)
            {
                return new PostgresRunLock(connection);
            }

            var holder = await FindHolderAsync(connection, cancellationToken).ConfigureAwait(false);
            throw new RunLockHeldException(builder.Host + "/" + builder.Database, holder);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public static async Task<RunLockHolder?> FindHolderOnServerAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await FindHolderAsync(connection, cancellationToken).ConfigureAwait(false);
    }

    public override async ValueTask DisposeAsync()
    {
        // Closing the session releases the lock; no unlock call that a dead connection could not make anyway.
        await _connection.DisposeAsync().ConfigureAwait(false);
    }

    private static async Task<RunLockHolder?> FindHolderAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"""
            SELECT a.application_name, a.pid, coalesce(a.client_addr::text, 'local'), a.backend_start
            FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
            WHERE l.locktype = 'advisory' AND l.granted AND l.classid = {KeyHigh} AND l.objid = {KeyLow} AND l.objsubid = 2
              AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
            """,
            connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var parts = reader.GetString(0).Split(';');
        var started = new DateTimeOffset(reader.GetDateTime(3).ToUniversalTime(), TimeSpan.Zero);
        return parts.Length == 5 && parts[0] == ApplicationPrefix
            && int.TryParse(parts[1], CultureInfo.InvariantCulture, out var pid)
            && long.TryParse(parts[4], CultureInfo.InvariantCulture, out var since)
            ? new RunLockHolder(pid, parts[2], parts[3], DateTimeOffset.FromUnixTimeSeconds(since))
            : new RunLockHolder(reader.GetInt32(1), reader.GetString(2), "?", started);
    }
}
