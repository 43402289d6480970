using System.Diagnostics;

namespace Passerelle.Cli.Commands.Bench;

/// <summary>
/// Measures the memory of this process stage by stage. Before a stage, a full blocking GC clears what the
/// previous one left, and the kernel's peak resident set (VmHWM, what <see cref="Process.PeakWorkingSet64"/>
/// reads) is reset through <c>/proc/self/clear_refs</c> where Linux allows it; after the stage, that peak is the
/// stage's own. A sampler reading the working set every 25 ms backs it up where the reset is refused.
/// </summary>
internal sealed class MemoryMeter : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampler;
    private long _sampledPeak;

    public MemoryMeter()
    {
        _sampler = Task.Run(SampleAsync);
    }

    /// <summary>The embedded warehouse engine's own memory (DuckDB's buffers), read at the start and the end of each stage once set.</summary>
    public Func<CancellationToken, Task<long?>>? EngineMemory { get; set; }

    /// <summary>True when the kernel's peak could be reset before the last stage: then <see cref="StageMeasure.PeakWorkingSetBytes"/> is that stage's own.</summary>
    public bool KernelPeakIsPerStage { get; private set; }

    public async Task<StageWindow> StartAsync(CancellationToken cancellationToken)
    {
        var engine = EngineMemory is { } read ? await read(cancellationToken) : null;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        KernelPeakIsPerStage = ResetKernelPeak();
        var atStart = Environment.WorkingSet;
        Interlocked.Exchange(ref _sampledPeak, atStart);
        var committed = GC.GetGCMemoryInfo().TotalCommittedBytes;
        return new StageWindow(this, Stopwatch.StartNew(), GC.GetTotalAllocatedBytes(precise: false), atStart, committed, engine);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _sampler;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private async Task SampleAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(25));
        while (await timer.WaitForNextTickAsync(_stop.Token))
        {
            var now = Environment.WorkingSet;
            long seen;
            do
            {
                seen = Interlocked.Read(ref _sampledPeak);
            }
            while (now > seen && Interlocked.CompareExchange(ref _sampledPeak, now, seen) != seen);
        }
    }

    private static bool ResetKernelPeak()
    {
        try
        {
            // "5" resets the peak resident set size (Documentation/filesystems/proc.rst, clear_refs).
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            return false;
        }
    }

    /// <summary>One stage being measured.</summary>
    internal sealed class StageWindow(MemoryMeter meter, Stopwatch clock, long allocatedBefore, long workingSetAtStart, long gcCommittedAtStart, long? engineAtStart)
    {
        public async Task<StageMeasure> StopAsync(string stage, string what, long rows, CancellationToken cancellationToken, string? summary = null)
        {
            clock.Stop();
            using var process = Process.GetCurrentProcess();
            var peak = Math.Max(process.PeakWorkingSet64, Interlocked.Read(ref meter._sampledPeak));
            var heapAfter = GC.GetTotalMemory(forceFullCollection: false);
            var engineAtEnd = meter.EngineMemory is { } read ? await read(cancellationToken) : null;
            return new StageMeasure(
                stage,
                what,
                clock.Elapsed,
                rows,
                workingSetAtStart,
                peak,
                meter.KernelPeakIsPerStage,
                GC.GetTotalAllocatedBytes(precise: false) - allocatedBefore,
                heapAfter,
                gcCommittedAtStart,
                engineAtStart,
                engineAtEnd,
                summary);
        }
    }
}

/// <param name="What">What the rows are and whether this is a Passerelle stage or the bench's own generation.</param>
/// <param name="WorkingSetAtStartBytes">The resident set when the stage started, after the full GC: what earlier stages left (DuckDB's buffers, the runtime).</param>
/// <param name="PeakWorkingSetBytes">The stage's peak resident set: kernel VmHWM since the reset (or the largest 25 ms sample when the reset was refused).</param>
/// <param name="KernelPeak">True when the peak is the kernel's, reset at the start of the stage.</param>
/// <param name="AllocatedBytes">Managed bytes allocated during the stage (GC.GetTotalAllocatedBytes), garbage included.</param>
/// <param name="ManagedHeapAfterBytes">Managed heap in use when the stage ended, before any collection.</param>
/// <param name="GcCommittedAtStartBytes">Memory the .NET GC had committed when the stage started, after the full GC (the rest of the working set is native: the runtime, DuckDB).</param>
/// <param name="EngineAtStartBytes">DuckDB's own memory when the stage started (<c>duckdb_memory()</c>); null before the warehouse is open.</param>
/// <param name="EngineAtEndBytes">DuckDB's own memory when the stage ended.</param>
/// <param name="Summary">What the stage said it did (its English summary), for Passerelle stages.</param>
internal sealed record StageMeasure(
    string Stage, string What, TimeSpan Wall, long Rows, long WorkingSetAtStartBytes, long PeakWorkingSetBytes, bool KernelPeak, long AllocatedBytes,
    long ManagedHeapAfterBytes, long GcCommittedAtStartBytes, long? EngineAtStartBytes, long? EngineAtEndBytes, string? Summary = null)
{
    public double RowsPerSecond => Wall.TotalSeconds > 0 ? Rows / Wall.TotalSeconds : 0;
}
