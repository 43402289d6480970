using System.Runtime.InteropServices;

namespace Passerelle.Warehouse.Database;

/// <summary>
/// DuckDB's own allocator. On Linux DuckDB ships jemalloc (its symbols prefixed <c>duckdb_je_</c>), which by DuckDB's
/// configuration keeps the pages a query freed for a second as "dirty", then another second as "muzzy", before it hands
/// them back. A sync that inserts and reads without pause frees faster than that: at a continent's size the allocator held
/// 821 MiB of resident pages for 458 MiB in use during the alignment (docs/performance.md). Here freed pages go back at
/// once (decay 0, as Apache Arrow sets its own jemalloc by default), at the cost of more page faults.
/// Elsewhere (Windows, macOS) DuckDB uses the system allocator and nothing is changed.
/// </summary>
internal static class DuckDbAllocator
{
    /// <summary>jemalloc's index that stands for every arena (<c>MALLCTL_ARENAS_ALL</c>).</summary>
    private const int AllArenas = 4096;

    private static readonly Lock Gate = new();
    private static bool? _applied;

    /// <summary>True once freed pages are handed back at once; false where DuckDB has no jemalloc to tune.</summary>
    public static bool ReleasesFreedPagesAtOnce()
    {
        lock (Gate)
        {
            return _applied ??= Apply();
        }
    }

    /// <summary>The decay, in milliseconds, that jemalloc applies to <paramref name="kind"/> ("dirty" or "muzzy") pages of arena 0; null without jemalloc.</summary>
    public static long? DecayMilliseconds(string kind)
    {
        try
        {
            return OperatingSystem.IsLinux() ? Read($"arena.0.{kind}_decay_ms") : null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    private static bool Apply()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            if (Read("arenas.narenas", size: sizeof(uint)) is not { } arenas)
            {
                return false;
            }

            var ok = true;
            foreach (var kind in new[] { "dirty", "muzzy" })
            {
                // Arenas made later take the default; those already made are set one by one.
                ok &= Write($"arenas.{kind}_decay_ms", 0);
                for (var arena = 0; arena < arenas; arena++)
                {
                    ok &= Write($"arena.{arena}.{kind}_decay_ms", 0);
                }
            }

            // What was kept under the old decay goes back now.
            ok &= Write($"arena.{AllArenas}.purge", null);
            return ok;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    /// <summary>A jemalloc setting or statistic; null when jemalloc refuses the name.</summary>
    private static long? Read(string name, int size = sizeof(long))
    {
        var value = Marshal.AllocHGlobal(sizeof(long));
        var length = Marshal.AllocHGlobal(IntPtr.Size);
        try
        {
            Marshal.WriteInt64(value, 0);
            Marshal.WriteIntPtr(length, size);
            if (Mallctl(name, value, length, IntPtr.Zero, 0) != 0)
            {
                return null;
            }

            return size == sizeof(uint) ? (uint)Marshal.ReadInt32(value) : Marshal.ReadInt64(value);
        }
        finally
        {
            Marshal.FreeHGlobal(value);
            Marshal.FreeHGlobal(length);
        }
    }

    private static bool Write(string name, long? value)
    {
        if (value is null)
        {
            return Mallctl(name, IntPtr.Zero, IntPtr.Zero, IntPtr.Zero, 0) == 0;
        }

        var buffer = Marshal.AllocHGlobal(sizeof(long));
        try
        {
            Marshal.WriteInt64(buffer, value.Value);
            return Mallctl(name, IntPtr.Zero, IntPtr.Zero, buffer, sizeof(long)) == 0;
        }
        finally
        {
            Marshal.FreeHGlobal(buffer);
        }
    }

    // int mallctl(const char *name, void *oldp, size_t *oldlenp, void *newp, size_t newlen): jemalloc's control call.
    [DllImport("duckdb", EntryPoint = "duckdb_je_mallctl")]
    private static extern int Mallctl([MarshalAs(UnmanagedType.LPUTF8Str)] string name, IntPtr oldValue, IntPtr oldLength, IntPtr newValue, nint newLength);
}
