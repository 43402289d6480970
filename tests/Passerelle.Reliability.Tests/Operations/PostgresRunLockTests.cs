using System.Diagnostics;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Passerelle.Sync.Operations;
using Passerelle.Testing;

namespace Passerelle.Reliability.Tests.Operations;

/// <summary>
/// The PostgreSQL run lock (a session advisory lock) against a real server: a second session is refused naming
/// the holder, and the lock is free again as soon as the holding connection dies — terminated by the server or
/// its client killed with <c>kill -9</c>. Each test has its own throwaway database, since advisory locks are per database.
/// </summary>
public sealed class PostgresRunLockTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 2, 0, 0, TimeSpan.Zero));
    private readonly string _database = "passerelle_lock_" + Guid.NewGuid().ToString("N")[..12];
    private string _warehouse = "";

    public async Task InitializeAsync()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(TestServers.PostgresVariable)) && !TestServers.IsCi)
        {
            return;
        }

        await ExecuteAsync(TestServers.Postgres, $"CREATE DATABASE {_database}");
        _warehouse = new NpgsqlConnectionStringBuilder(TestServers.Postgres) { Database = _database }.ConnectionString;
    }

    public async Task DisposeAsync()
    {
        if (_warehouse.Length > 0)
        {
            await ExecuteAsync(TestServers.Postgres, $"DROP DATABASE IF EXISTS {_database} WITH (FORCE)");
        }
    }

    [PostgresFact]
    public async Task AcquireAsync_SecondSessionWhileHeld_IsRefusedNamingTheHolder()
    {
        // Given a sync holding the lock on its own session
        await using var first = await RunLock.AcquireAsync(_warehouse, "sync", _time, CancellationToken.None);

        // When a second session asks for it
        var refused = await Assert.ThrowsAsync<RunLockHeldException>(() => RunLock.AcquireAsync(_warehouse, "schedule", _time, CancellationToken.None));

        // Then it is refused, naming the holder's process and purpose, in French and English
        Assert.Equal("PostgreSQL advisory lock", first.Location);
        Assert.Equal(Environment.ProcessId, refused.Holder!.ProcessId);
        Assert.Equal("sync", refused.Holder.Purpose);
        Assert.Contains("another sync is running", refused.Message, StringComparison.Ordinal);
        Assert.Equal(Environment.ProcessId, (await RunLock.FindHolderAsync(_warehouse, CancellationToken.None))!.ProcessId);
    }

    [PostgresFact]
    public async Task AcquireAsync_AfterRelease_Succeeds()
    {
        // Given a lock taken and released
        await (await RunLock.AcquireAsync(_warehouse, "sync", _time, CancellationToken.None)).DisposeAsync();

        // When taken again
        Assert.Null(await RunLock.FindHolderAsync(_warehouse, CancellationToken.None));
        await using var second = await RunLock.AcquireAsync(_warehouse, "sync", _time, CancellationToken.None);

        // Then it is held
        Assert.NotNull(await RunLock.FindHolderAsync(_warehouse, CancellationToken.None));
    }

    [PostgresFact]
    public async Task AcquireAsync_AfterHoldingBackendTerminated_Succeeds()
    {
        // Given a lock whose server session is killed (an administrator, a server restart, a network cut)
        var held = await RunLock.AcquireAsync(_warehouse, "sync", _time, CancellationToken.None);
        await ExecuteAsync(TestServers.Postgres,
            $"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{_database}' AND application_name LIKE 'passerelle-lock;%'");

        // When a new sync starts
        await using var taken = await WaitForLockAsync();

        // Then it holds the lock, and the dead lock's disposal is harmless
        Assert.Equal(Environment.ProcessId, (await RunLock.FindHolderAsync(_warehouse, CancellationToken.None))!.ProcessId);
        await held.DisposeAsync();
        Assert.NotNull(await RunLock.FindHolderAsync(_warehouse, CancellationToken.None));
    }

    [PostgresFact]
    public async Task AcquireAsync_AfterHoldingClientKilled_Succeeds()
    {
        // Given another process holding the advisory lock on an idle session, as a sync holds it between its own
        // queries, then killed with SIGKILL (no unlock, no goodbye)
        var settings = new NpgsqlConnectionStringBuilder(_warehouse);
        var start = new ProcessStartInfo("psql", ["-h", settings.Host!, "-p", settings.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-U", settings.Username!, "-d", _database, "-v", "ON_ERROR_STOP=1"])
        { UseShellExecute = false, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        if (settings.Password is { Length: > 0 } password)
        {
            start.Environment["PGPASSWORD"] = password;
        }

        using (var child = Process.Start(start)!)
        {
            await child.StandardInput.WriteLineAsync("SELECT pg_advisory_lock(1346458451, 1398361667);");
            await child.StandardInput.FlushAsync();
            await WaitUntilAsync(async () => await RunLock.FindHolderAsync(_warehouse, CancellationToken.None) is not null);
            await Assert.ThrowsAsync<RunLockHeldException>(() => RunLock.AcquireAsync(_warehouse, "sync", _time, CancellationToken.None));
            child.Kill(entireProcessTree: true);
            await child.WaitForExitAsync();
        }

        // When a new sync starts (the server notices the dead client's closed socket)
        await using var taken = await WaitForLockAsync();

        // Then it holds the lock
        Assert.Equal(Environment.ProcessId, (await RunLock.FindHolderAsync(_warehouse, CancellationToken.None))!.ProcessId);
    }

    [PostgresFact]
    public async Task AcquireAsync_LockHeldInAnotherDatabase_DoesNotBlock()
    {
        // Given another warehouse on the same server holding its lock
        var other = "passerelle_lock_" + Guid.NewGuid().ToString("N")[..12];
        await ExecuteAsync(TestServers.Postgres, $"CREATE DATABASE {other}");
        try
        {
            var otherWarehouse = new NpgsqlConnectionStringBuilder(TestServers.Postgres) { Database = other }.ConnectionString;
            await using var theirs = await RunLock.AcquireAsync(otherWarehouse, "sync", _time, CancellationToken.None);

            // When this warehouse's sync starts
            Assert.Null(await RunLock.FindHolderAsync(_warehouse, CancellationToken.None));
            await using var ours = await RunLock.AcquireAsync(_warehouse, "sync", _time, CancellationToken.None);

            // Then both hold their own lock
            Assert.NotNull(await RunLock.FindHolderAsync(_warehouse, CancellationToken.None));
        }
        finally
        {
            await ExecuteAsync(TestServers.Postgres, $"DROP DATABASE IF EXISTS {other} WITH (FORCE)");
        }
    }

    private async Task<RunLock> WaitForLockAsync()
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return await RunLock.AcquireAsync(_warehouse, "sync", _time, CancellationToken.None);
            }
            catch (RunLockHeldException) when (clock.Elapsed < TimeSpan.FromSeconds(10))
            {
                await Task.Delay(50);
            }
        }
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), "condition not met in 10 s");
            await Task.Delay(20);
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
