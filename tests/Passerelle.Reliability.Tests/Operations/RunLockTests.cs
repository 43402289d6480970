using System.Diagnostics;
using Microsoft.Extensions.Time.Testing;
using Passerelle.Sync.Operations;

namespace Passerelle.Reliability.Tests.Operations;

public sealed class RunLockTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("passerelle-lock-");
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 2, 0, 0, TimeSpan.Zero));

    private string Warehouse => Path.Combine(_directory.FullName, "passerelle.duckdb");

    public void Dispose() => _directory.Delete(true);

    [Fact]
    public async Task AcquireAsync_WhileHeld_ThrowsNamingTheHolder()
    {
        // Given a sync holding the lock
        await using var first = await RunLock.AcquireAsync(Warehouse, "sync", _time, CancellationToken.None);

        // When a second one tries
        var refused = await Assert.ThrowsAsync<RunLockHeldException>(() => RunLock.AcquireAsync(Warehouse, "schedule", _time, CancellationToken.None));

        // Then the message names the holder's process, host and purpose, in French and English
        Assert.Equal(Environment.ProcessId, refused.Holder!.ProcessId);
        Assert.Contains($"processus / process {Environment.ProcessId}", refused.Message, StringComparison.Ordinal);
        Assert.Contains("(sync)", refused.Message, StringComparison.Ordinal);
        Assert.Contains("another sync is running", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AcquireAsync_AfterRelease_SucceedsWithoutStaleNote()
    {
        // Given a lock taken and released
        await (await RunLock.AcquireAsync(Warehouse, "sync", _time, CancellationToken.None)).DisposeAsync();
        Assert.Null(await RunLock.FindHolderAsync(Warehouse, CancellationToken.None));

        // When taken again
        await using var second = await RunLock.AcquireAsync(Warehouse, "sync", _time, CancellationToken.None);

        // Then nothing was stale
        Assert.Null(second.TakenOverFrom);
    }

    [Fact]
    public async Task AcquireAsync_AfterHolderKilled_TakesTheStaleLockOver()
    {
        // Given a child process that took the lock file's OS lock and wrote its holder, then was killed (-9)
        var lockFile = Warehouse + ".lock";
        await File.WriteAllTextAsync(lockFile + ".json", """{"processId":999999,"host":"old-host","purpose":"sync","startedAt":"2026-11-24T02:00:00+00:00"}""");
        using (var child = Process.Start(new ProcessStartInfo("flock", ["-x", "-o", lockFile, "sleep", "60"]) { UseShellExecute = false })!)
        {
            await WaitUntilAsync(async () => await RunLock.FindHolderAsync(Warehouse, CancellationToken.None) is not null);
            await Assert.ThrowsAsync<RunLockHeldException>(() => RunLock.AcquireAsync(Warehouse, "sync", _time, CancellationToken.None));
            child.Kill(entireProcessTree: true);
            await child.WaitForExitAsync();
        }

        // When a new sync starts
        await using var taken = await RunLock.AcquireAsync(Warehouse, "sync", _time, CancellationToken.None);

        // Then it holds the lock and says whose stale lock it took over
        Assert.Equal(999999, taken.TakenOverFrom!.ProcessId);
        Assert.Equal(Environment.ProcessId, (await RunLock.FindHolderAsync(Warehouse, CancellationToken.None) ?? throw new InvalidOperationException("free")).ProcessId);
    }

    [Fact]
    public async Task AcquireAsync_LockFiles_AreOwnerOnly()
    {
        await using var held = await RunLock.AcquireAsync(Warehouse, "sync", _time, CancellationToken.None);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Warehouse + ".lock"));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Warehouse + ".lock.json"));
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
}
