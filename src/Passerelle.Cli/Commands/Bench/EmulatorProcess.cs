using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;

namespace Passerelle.Cli.Commands.Bench;

/// <summary>
/// A DHIS2 emulator in a process of its own (<c>passerelle emulate dhis2 …</c>), so that what it holds — a continent's
/// 50 million values — is not counted in the memory of the Passerelle stages measured beside it, as a real DHIS2 runs on
/// another server. Started with the same .NET host and the same Passerelle build as this process; killed on dispose.
/// </summary>
internal sealed partial class EmulatorProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _lines = [];

    private EmulatorProcess(Process process, Uri baseUrl, TimeSpan started)
    {
        _process = process;
        BaseUrl = baseUrl;
        Started = started;
    }

    /// <summary>Server root, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>From launch to the emulator answering (world loaded).</summary>
    public TimeSpan Started { get; }

    /// <summary>The emulator's process id.</summary>
    internal int ProcessId => _process.Id;

    /// <summary>What the emulator printed once ready (world, credentials, archived values).</summary>
    public IReadOnlyList<string> Lines => _lines;

    /// <summary>The emulator process's peak resident set so far (Linux <c>VmHWM</c>), or null where it cannot be read.</summary>
    public long? PeakWorkingSetBytes
    {
        get
        {
            try
            {
                var line = File.ReadLines($"/proc/{_process.Id}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
                return line is null ? null : long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
            {
                return null;
            }
        }
    }

    /// <summary>Launches <c>passerelle emulate dhis2 --port 0</c> with <paramref name="arguments"/>, as this process was launched, and waits for its URL.</summary>
    /// <exception cref="InvalidOperationException">The emulator exited or printed no URL within <paramref name="timeout"/> (its output is in the message).</exception>
    public static Task<EmulatorProcess> StartDhis2Async(IReadOnlyList<string> arguments, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var host = Environment.ProcessPath ?? throw new InvalidOperationException("Hôte .NET introuvable / .NET host not found");
        IReadOnlyList<string> leading = Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase)
            ? [Assembly.GetEntryAssembly()?.Location ?? throw new InvalidOperationException("passerelle.dll introuvable / not found")]
            : [];
        return StartDhis2Async(host, leading, arguments, timeout, cancellationToken);
    }

    /// <summary>Launches <paramref name="host"/> <paramref name="leading"/> <c>emulate dhis2 --port 0</c> <paramref name="arguments"/> and waits for its URL.</summary>
    /// <param name="host">The program: <c>dotnet</c>, or the <c>passerelle</c> launcher.</param>
    /// <param name="leading">Arguments before the command: <c>passerelle.dll</c> when the host is <c>dotnet</c>.</param>
    /// <exception cref="InvalidOperationException">The emulator exited or printed no URL within <paramref name="timeout"/> (its output is in the message).</exception>
    internal static async Task<EmulatorProcess> StartDhis2Async(
        string host, IReadOnlyList<string> leading, IReadOnlyList<string> arguments, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(host)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])[.. leading, "emulate", "dhis2", "--port", "0", .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        var clock = Stopwatch.StartNew();
        var process = Process.Start(start) ?? throw new InvalidOperationException("Émulateur DHIS2 non lancé / DHIS2 emulator not started");
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        var lines = new List<string>();
        Uri? url = null;
        try
        {
            while (await process.StandardOutput.ReadLineAsync(limit.Token) is { } line)
            {
                lines.Add(line);
                if (UrlPattern().Match(line) is { Success: true } match)
                {
                    url = new Uri(match.Groups["root"].Value);
                }

                if (line.StartsWith("Ctrl+C", StringComparison.Ordinal) && url is not null)
                {
                    var running = new EmulatorProcess(process, url, clock.Elapsed);
                    running._lines.AddRange(lines);
                    _ = DrainAsync(process);
                    return running;
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Timed out: reported below with what it printed.
        }

        Stop(process);
        var stderr = process.HasExited ? await errors : "";
        throw new InvalidOperationException(
            $"L'émulateur DHIS2 n'a pas démarré en {timeout.TotalSeconds:0} s / the DHIS2 emulator did not start: {string.Join(" | ", lines)} {stderr}".Trim());
    }

    public async ValueTask DisposeAsync()
    {
        Stop(_process);
        await _process.WaitForExitAsync(CancellationToken.None);
        _process.Dispose();
    }

    private static void Stop(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    /// <summary>Keeps reading what the emulator prints, so a full pipe never blocks it.</summary>
    private static async Task DrainAsync(Process process)
    {
        try
        {
            while (await process.StandardOutput.ReadLineAsync() is not null)
            {
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
        {
            // The process was stopped.
        }
    }

    [GeneratedRegex(@"(?<root>http://127\.0\.0\.1:\d+/)api/")]
    private static partial Regex UrlPattern();
}
