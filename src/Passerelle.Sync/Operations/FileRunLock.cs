using System.Text.Json;

namespace Passerelle.Sync.Operations;

/// <summary>
/// The DuckDB run lock: <c>&lt;warehouse&gt;.lock</c> opened with <see cref="FileShare.None"/> (an exclusive
/// <c>flock</c> on Unix, a sharing lock on Windows) and a <c>&lt;warehouse&gt;.lock.json</c> naming the holder.
/// The lock file itself is never deleted, so two waiting processes cannot end up locking different files.
/// </summary>
internal sealed class FileRunLock : RunLock
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly FileStream _lock;
    private readonly string _holderFile;

    private FileRunLock(FileStream handle, string lockFile, string holderFile, RunLockHolder? takenOverFrom)
    {
        _lock = handle;
        Location = lockFile;
        _holderFile = holderFile;
        TakenOverFrom = takenOverFrom;
    }

    public override string Location { get; }

    public static string LockFileOf(string warehousePath) => warehousePath + ".lock";

    public static FileRunLock Acquire(string warehousePath, string purpose, TimeProvider time)
    {
        var lockFile = LockFileOf(warehousePath);
        var holderFile = lockFile + ".json";
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(lockFile))!);
        var options = new FileStreamOptions { Mode = FileMode.OpenOrCreate, Access = FileAccess.ReadWrite, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        FileStream handle;
        try
        {
            handle = new FileStream(lockFile, options);
        }
        catch (IOException)
        {
            throw new RunLockHeldException(warehousePath, ReadHolder(holderFile));
        }

        // A holder file left while the lock was free means its writer died without releasing: a stale lock.
        var stale = ReadHolder(holderFile);
        var holder = new RunLockHolder(Environment.ProcessId, Environment.MachineName, purpose, time.GetUtcNow());
        WriteHolder(holderFile, holder);
        return new FileRunLock(handle, lockFile, holderFile, stale);
    }

    public static RunLockHolder? FindHolder(string warehousePath)
    {
        var lockFile = LockFileOf(warehousePath);
        if (!File.Exists(lockFile))
        {
            return null;
        }

        try
        {
            using var probe = new FileStream(lockFile, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            return null;
        }
        catch (IOException)
        {
            return ReadHolder(lockFile + ".json") ?? new RunLockHolder(0, "?", "?", DateTimeOffset.MinValue);
        }
    }

    public override ValueTask DisposeAsync()
    {
        // Holder first, lock second: a newcomer never sees our holder beside a free lock.
        try
        {
            File.Delete(_holderFile);
        }
        catch (IOException)
        {
            // The next holder overwrites it; its only effect is a « stale lock » note.
        }

        _lock.Dispose();
        return ValueTask.CompletedTask;
    }

    private static RunLockHolder? ReadHolder(string holderFile)
    {
        try
        {
            return File.Exists(holderFile) ? JsonSerializer.Deserialize<RunLockHolder>(File.ReadAllText(holderFile), Json) : null;
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            // Half-written or unreadable: the holder is then « unknown », the lock itself still decides.
            return null;
        }
    }

    private static void WriteHolder(string holderFile, RunLockHolder holder)
    {
        var temporary = holderFile + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(holder, Json));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        File.Move(temporary, holderFile, overwrite: true);
    }
}
