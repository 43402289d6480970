using System.Diagnostics;
using System.Text;

namespace Passerelle.Reliability.Tests.Support;

/// <summary>
/// <c>passerelle sync</c> as a child process (<c>dotnet passerelle.dll</c>, the built CLI beside the tests), with
/// its output watched line by line so a test can kill it (SIGKILL) when a given stage has started.
/// </summary>
internal sealed class ChildSync : IDisposable
{
    /// <summary>A fixed test key: the child is a production run, it needs a real pseudonym key.</summary>
    public const string PseudonymKey = "cmVsaWFiaWxpdHktdGVzdC1rZXktMzItYnl0ZXMtbG9uZyE=";

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly Lock _gate = new();
    private readonly TaskCompletionSource _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ChildSync(Process process) => _process = process;

    public string Output
    {
        get
        {
            lock (_gate)
            {
                return _output.ToString();
            }
        }
    }

    public static ChildSync Start(string configFile, params string[] extraArguments) => Run("sync", configFile, extraArguments);

    /// <summary>Any <c>passerelle &lt;command&gt; --config …</c> (schedule, doctor…), watched the same way.</summary>
    public static ChildSync Run(string command, string configFile, params string[] extraArguments)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "passerelle.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in (string[])[dll, command, "--config", configFile, .. extraArguments])
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PASSERELLE_PSEUDONYM_KEY"] = PseudonymKey;
        start.Environment["NO_COLOR"] = "1";
        start.Environment["COLUMNS"] = "200";
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var child = new ChildSync(process);
        process.OutputDataReceived += (_, e) => child.Append(e.Data);
        process.ErrorDataReceived += (_, e) => child.Append(e.Data);
        process.Exited += (_, _) => child._exited.TrySetResult();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Waits until the output contains <paramref name="marker"/>; false when the process ended first.</summary>
    public async Task<bool> WaitForOutputAsync(string marker, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (!Output.Contains(marker, StringComparison.Ordinal))
        {
            if (_exited.Task.IsCompleted || clock.Elapsed > timeout)
            {
                return false;
            }

            await Task.Delay(5);
        }

        return true;
    }

    /// <summary>SIGKILL: no finally block, no flush, no lock release by the program itself.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
        }

        await _process.WaitForExitAsync();
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
        await _exited.Task;
        return _process.ExitCode;
    }

    public bool HasExited => _process.HasExited;

    public int ProcessId => _process.Id;

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            _output.AppendLine(line);
        }
    }
}
