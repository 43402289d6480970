using System.Diagnostics;
using System.Reflection;
using System.Text;
using Passerelle.Testing;

namespace Passerelle.Docs.Tests;

/// <summary>
/// Runs documented shell blocks in order, as a reader would from the repository root: in a fresh folder
/// that mirrors the checkout (symbolic links to <c>src</c>, <c>tests</c>, <c>docs</c>…), so what the
/// commands write stays out of the checkout. <c>dotnet run --project src/Passerelle.Cli -- …</c> runs the
/// CLI of this build instead of rebuilding it, and so does <c>passerelle …</c> (the installed command the
/// guides also use); every other command runs as written.
/// </summary>
internal sealed class DocumentedCommandRunner
{
    /// <summary>Printed before each block so a failure names its block.</summary>
    public const string BlockMarker = "@@@ bloc / block ";

    private static readonly string[] MirroredEntries =
    [
        "src", "tests", "docs", "bench", "scripts", "global.json", "Passerelle.slnx",
        "Directory.Build.props", "Directory.Packages.props", ".editorconfig", "README.md",
    ];

    private const string DotnetShim = """
        #!/usr/bin/env bash
        # Stands in for `dotnet` while documented commands run: `dotnet run --project src/Passerelle.Cli -- …`
        # starts the CLI already built for this test run; anything else goes to the real dotnet.
        if [ "$1" = run ] && [ "$2" = --project ] && [ "${3%/}" = src/Passerelle.Cli ]; then
          shift 3
          [ "$1" = -- ] && shift
          exec "$PASSERELLE_REAL_DOTNET" "$PASSERELLE_CLI_DLL" "$@"
        fi
        exec "$PASSERELLE_REAL_DOTNET" "$@"
        """;

    private const string PasserelleShim = """
        #!/usr/bin/env bash
        # `passerelle …` as an installed command: the CLI built for this test run.
        exec "$PASSERELLE_REAL_DOTNET" "$PASSERELLE_CLI_DLL" "$@"
        """;

    public sealed record Outcome(bool Succeeded, int ExitCode, string Output, string? FailedBlock, string WorkDirectory);

    public static async Task<Outcome> RunAsync(string name, IReadOnlyList<ShellBlock> blocks, TimeSpan timeout)
    {
        var work = Directory.CreateTempSubdirectory("passerelle-docs-");
        foreach (var entry in MirroredEntries)
        {
            var target = Path.Combine(RepositoryPaths.Root, entry);
            if (Path.Exists(target))
            {
                File.CreateSymbolicLink(Path.Combine(work.FullName, entry), target);
            }
        }

        var shimDir = Directory.CreateDirectory(Path.Combine(work.FullName, ".docs-bin")).FullName;
        foreach (var (command, body) in new[] { ("dotnet", DotnetShim), ("passerelle", PasserelleShim) })
        {
            var shim = Path.Combine(shimDir, command);
            await File.WriteAllTextAsync(shim, body.ReplaceLineEndings("\n") + "\n");
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(shim, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }

        var script = new StringBuilder("set -e\n");
        foreach (var block in blocks)
        {
            script.Append("cd \"$PASSERELLE_DOCS_WORKDIR\"\n")
                .Append("echo '").Append(BlockMarker).Append(block.Where).Append("'\n")
                .Append(block.Text).Append('\n');
        }

        var scriptPath = Path.Combine(work.FullName, ".docs-script.sh");
        await File.WriteAllTextAsync(scriptPath, script.ToString());

        var start = new ProcessStartInfo("bash", [scriptPath])
        {
            WorkingDirectory = work.FullName,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["PATH"] = shimDir + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");
        start.Environment["PASSERELLE_REAL_DOTNET"] = RealDotnet();
        start.Environment["PASSERELLE_CLI_DLL"] = CliAssembly();
        start.Environment["PASSERELLE_DOCS_WORKDIR"] = work.FullName;
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["NO_COLOR"] = "1";

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var timer = new CancellationTokenSource(timeout);
        var timedOut = false;
        try
        {
            await process.WaitForExitAsync(timer.Token);
        }
        catch (OperationCanceledException)
        {
            timedOut = true;
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        string text;
        lock (output)
        {
            text = output.ToString();
        }

        if (timedOut)
        {
            text += $"\n(délai dépassé / timed out after {timeout})\n";
        }

        var log = Path.Combine(Directory.CreateDirectory(Path.Combine(RepositoryPaths.Artifacts, "docs")).FullName, name + ".log");
        await File.WriteAllTextAsync(log, text);

        var succeeded = !timedOut && process.ExitCode == 0;
        return new Outcome(succeeded, timedOut ? -1 : process.ExitCode, text, succeeded ? null : LastBlock(text), work.FullName);
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.Append(line).Append('\n');
        }
    }

    private static string? LastBlock(string output)
    {
        var at = output.LastIndexOf(BlockMarker, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var end = output.IndexOf('\n', at);
        return output[(at + BlockMarker.Length)..(end < 0 ? output.Length : end)];
    }

    /// <summary>The CLI built in the same configuration as this test assembly.</summary>
    private static string CliAssembly()
    {
        var configuration = typeof(DocumentedCommandRunner).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var dll = Path.Combine(RepositoryPaths.Root, "src", "Passerelle.Cli", "bin", configuration, "net10.0", "passerelle.dll");
        return File.Exists(dll)
            ? dll
            : throw new FileNotFoundException($"CLI introuvable / CLI not built: {dll}");
    }

    private static string RealDotnet()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
        {
            return host;
        }

        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            var candidate = Path.Combine(dir, "dotnet");
            if (dir.Length > 0 && File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("dotnet introuvable dans le PATH / dotnet not found on PATH");
    }
}
