using System.Diagnostics;
using System.Globalization;
using Passerelle.DemoWorld.Continental;
using Passerelle.Emulators.Dhis2;

namespace Passerelle.Cli.Commands.Bench;

/// <summary>Where the continental bench runs DHIS2.</summary>
internal enum BenchDhis2Mode
{
    /// <summary><c>passerelle emulate dhis2 --world continental</c> in a process of its own: its memory is not counted as Passerelle's.</summary>
    Process,

    /// <summary>The emulator in the bench's process (tests, where this process is not <c>passerelle</c>); memory figures then include DHIS2's.</summary>
    InProcess,

    /// <summary>No DHIS2: pull.dhis2 and push are left out.</summary>
    None,
}

/// <summary>The continental world's DHIS2 emulator, started for the bench; dispose to stop it.</summary>
internal sealed class BenchDhis2Server : IAsyncDisposable
{
    private readonly IAsyncDisposable _running;
    private readonly Func<long?> _peak;

    private BenchDhis2Server(IAsyncDisposable running, Uri baseUrl, TimeSpan started, long archivedValues, Func<long?> peak)
    {
        _running = running;
        BaseUrl = baseUrl;
        Started = started;
        ArchivedValues = archivedValues;
        _peak = peak;
    }

    public Uri BaseUrl { get; }

    /// <summary>From launch to the emulator answering with its world loaded.</summary>
    public TimeSpan Started { get; }

    /// <summary>Values the emulator holds in its archive.</summary>
    public long ArchivedValues { get; }

    /// <summary>The emulator process's own peak resident set; null in process (it is the bench's).</summary>
    public long? PeakWorkingSetBytes => _peak();

    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is <see cref="BenchDhis2Mode.None"/>.</exception>
    public static Task<BenchDhis2Server> StartAsync(BenchDhis2Mode mode, ContinentalWorldOptions options, CancellationToken cancellationToken) => mode switch
    {
        BenchDhis2Mode.Process => StartProcessAsync(options, cancellationToken),
        BenchDhis2Mode.InProcess => Task.Run(() => StartInProcessAsync(options, cancellationToken), cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "pas de DHIS2 à démarrer / no DHIS2 to start"),
    };

    public ValueTask DisposeAsync() => _running.DisposeAsync();

    private static async Task<BenchDhis2Server> StartProcessAsync(ContinentalWorldOptions options, CancellationToken cancellationToken)
    {
        if (options != ContinentalWorldOptions.ForWorkers(options.Workers))
        {
            throw new ArgumentException("L'émulateur séparé ne reçoit que le nombre d'agents / the separate emulator is only given the worker count", nameof(options));
        }

        var process = await EmulatorProcess.StartDhis2Async(
            ["--world", "continental", "--workers", options.Workers.ToString(CultureInfo.InvariantCulture)], TimeSpan.FromMinutes(15), cancellationToken);
        const string Marker = "archived values (read-only): ";
        var archived = process.Lines.Select(l => l.IndexOf(Marker, StringComparison.Ordinal) is var at and >= 0 ? l[(at + Marker.Length)..] : null)
            .FirstOrDefault(l => l is not null);
        return new BenchDhis2Server(process, process.BaseUrl, process.Started,
            archived is null ? 0 : long.Parse(archived, CultureInfo.InvariantCulture), () => process.PeakWorkingSetBytes);
    }

    private static async Task<BenchDhis2Server> StartInProcessAsync(ContinentalWorldOptions options, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var emulator = await Dhis2Emulator.StartAsync(new Dhis2EmulatorOptions { World = Dhis2World.Continental(ContinentalWorld.Create(options)) }, cancellationToken);
        return new BenchDhis2Server(emulator, emulator.BaseUrl, clock.Elapsed, emulator.Store.ArchivedValueCount, () => null);
    }
}
