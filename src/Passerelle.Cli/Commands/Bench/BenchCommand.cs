using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using Passerelle.Cli.Demo;
using Passerelle.Core.Geography;
using Passerelle.DemoWorld.Continental;
using Passerelle.DemoWorld.Model;
using Passerelle.Sync.Composition;
using Passerelle.Sync.Pipeline;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Passerelle.Cli.Commands.Bench;

/// <summary>
/// <c>passerelle bench --scale continental [--workers N]</c> is <see cref="ContinentalBench"/>: files, then the stages that read them.
/// <c>passerelle bench --scale national</c>: the whole sync, end to end through the real connectors,
/// against the emulators on 127.0.0.1, on a generated world of the asked scale; then the same sync again
/// with nothing changed. Prints per-stage time, throughput and peak memory, and writes them as Markdown.
/// </summary>
internal sealed class BenchCommand(IAnsiConsole console) : AsyncCommand<BenchCommand.Settings>
{
    internal sealed class Settings : CommandSettings
    {
        [CommandOption("--scale <SCALE>")]
        [Description("poc (3 régions / regions) | national (14 régions, ~4 800 structures, ~25 000 agents) | continental (100 000 structures, 1 000 000 agents, 50 000 000 valeurs / values)")]
        public string Scale { get; init; } = "national";

        [CommandOption("--workers <N>")]
        [Description("continental : agents (défaut 1 000 000) ; structures = N/10, valeurs = 50 N / workers (default 1,000,000); facilities = N/10, values = 50 N")]
        public int? Workers { get; init; }

        [CommandOption("--keep-files")]
        [Description("continental : garder les fichiers générés / keep the generated files (the values file is several GB)")]
        public bool KeepFiles { get; init; }

        [CommandOption("--dhis2 <WHERE>")]
        [Description("continental : process (défaut, émulateur DHIS2 dans son propre processus) | in-process | none (sans pull.dhis2 ni push) / process (default, DHIS2 emulator in its own process) | in-process | none (no pull.dhis2, no push)")]
        public string Dhis2 { get; init; } = "process";

        [CommandOption("--unchanged-runs <N>")]
        [Description("Synchronisations inchangées après la première / unchanged re-syncs after the first (défaut / default 3)")]
        public int UnchangedRuns { get; init; } = 3;

        [CommandOption("--out <DIR>")]
        [Description("Dossier de travail, vidé au départ / working folder, emptied first")]
        public string Out { get; init; } = "passerelle-bench";

        [CommandOption("--report <FILE>")]
        [Description("Écrire les résultats en Markdown / write the results as Markdown")]
        public string? Report { get; init; }

        public override ValidationResult Validate()
        {
            if (Scale is not ("poc" or "national" or "continental"))
            {
                return ValidationResult.Error($"--scale: « {Scale} » inconnu / unknown; valides / valid: poc, national, continental");
            }

            if (Workers is { } workers && (Scale != "continental" || workers is < 10 or > 2_000_000))
            {
                return ValidationResult.Error("--workers: seulement avec / only with --scale continental, de / from 10 à / to 2 000 000");
            }

            if (Dhis2 is not ("process" or "in-process" or "none"))
            {
                return ValidationResult.Error($"--dhis2: « {Dhis2} » inconnu / unknown; valides / valid: process, in-process, none");
            }

            return UnchangedRuns is >= 0 and <= 20 ? ValidationResult.Success() : ValidationResult.Error("--unchanged-runs: 0 à / to 20");
        }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.Scale == "continental")
        {
            return await RunContinentalAsync(settings, cancellationToken);
        }

        var (regions, scale) = settings.Scale == "national"
            ? (SenegalRegions.All.Select(r => r.Code).ToList(), DemoWorldScale.Complete)
            : (["SN-DK", "SN-KL", "SN-TC"], DemoWorldScale.ProofOfConcept);
        if (Directory.Exists(settings.Out))
        {
            Directory.Delete(settings.Out, recursive: true);
        }

        var setup = Stopwatch.StartNew();
        await using var demo = await DemoEnvironment.StartAsync(settings.Out, regions, DemoWorldOptions.Default.Seed, scale, cancellationToken);
        setup.Stop();
        console.MarkupLineInterpolated(
            $"Monde / world « {settings.Scale} » : {demo.World.Registry.Count:N0} structures, {demo.World.Roles.Count:N0} postes / roles — généré et servi en / generated and served in {setup.Elapsed.TotalSeconds:0.0} s");

        var runs = new List<BenchRun> { await MeasureAsync("première / first (tout envoyé / all pushed)", demo, cancellationToken) };
        for (var i = 1; i <= settings.UnchangedRuns; i++)
        {
            runs.Add(await MeasureAsync($"inchangée / unchanged #{i}", demo, cancellationToken));
        }

        var result = new BenchResult(settings.Scale, demo.World.Registry.Count, demo.World.Roles.Count, setup.Elapsed, runs);
        PrintTable(result);
        if (settings.Report is { } report)
        {
            await File.WriteAllTextAsync(report, BenchMarkdown.Write(result, Environment.ProcessorCount), cancellationToken);
            console.MarkupLineInterpolated($"Écrit / written: {report}");
        }

        return ExitCodes.Ok;
    }

    private async Task<int> RunContinentalAsync(Settings settings, CancellationToken cancellationToken)
    {
        if (Directory.Exists(settings.Out))
        {
            Directory.Delete(settings.Out, recursive: true);
        }

        var options = ContinentalWorldOptions.ForWorkers(settings.Workers ?? ContinentalWorldOptions.Continental.Workers);
        console.MarkupLineInterpolated(
            $"Monde continental / continental world: {options.Facilities:N0} structures, {options.Workers:N0} agents, {options.Values:N0} valeurs / values → {Path.GetFullPath(settings.Out)}");
        try
        {
            var result = await new ContinentalBench(options, settings.Out, settings.Dhis2 switch
            {
                "in-process" => BenchDhis2Mode.InProcess,
                "none" => BenchDhis2Mode.None,
                _ => BenchDhis2Mode.Process,
            }).RunAsync(
                m => console.MarkupLineInterpolated($"  {m.Stage}: {m.Wall.TotalSeconds:0.0} s, {m.Rows:N0} ({m.What}), pic / peak {BenchMarkdown.Mebibytes(m.PeakWorkingSetBytes)}"),
                cancellationToken);
            console.WriteLine(ContinentalBenchReport.Title(result));
            console.Write(ContinentalBenchReport.Table(result));
            foreach (var note in ContinentalBenchReport.Summaries(result).Concat(ContinentalBenchReport.Notes(result)))
            {
                console.MarkupLineInterpolated($"- {note}");
            }

            if (settings.Report is { } report)
            {
                await File.WriteAllTextAsync(report, ContinentalBenchReport.Markdown(result), cancellationToken);
                console.MarkupLineInterpolated($"Écrit / written: {report}");
            }
        }
        finally
        {
            if (!settings.KeepFiles)
            {
                foreach (var file in new[] { ContinentalBench.RegistryFile, ContinentalBench.WorkforceFile, ContinentalBench.ValuesFile })
                {
                    File.Delete(Path.Combine(settings.Out, file));
                }
            }
        }

        return ExitCodes.Ok;
    }

    private static async Task<BenchRun> MeasureAsync(string label, DemoEnvironment demo, CancellationToken cancellationToken)
    {
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var timings = new StageTimings();
        var wall = Stopwatch.StartNew();
        await using (var session = await SyncSession.OpenAsync(demo.Config, demoMode: true, TimeProvider.System, null, cancellationToken))
        {
            var report = await new SyncRunner(session, timings).RunAsync(new SyncRunOptions(Actor: "bench"), cancellationToken);
            wall.Stop();
            process.Refresh();
            return new BenchRun(
                label,
                wall.Elapsed,
                process.TotalProcessorTime - cpuBefore,
                timings.Stages,
                report.Push?.ValuesSent ?? 0,
                report.Push?.Diff.Unchanged.Count ?? 0,
                process.PeakWorkingSet64,
                GC.GetTotalAllocatedBytes() - allocatedBefore);
        }
    }

    private void PrintTable(BenchResult result)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumns("exécution / run", "horloge / wall", "CPU", "envoyées / sent", "inchangées / unchanged", "pic mémoire / peak");
        foreach (var run in result.Runs)
        {
            table.AddRow(
                Markup.Escape(run.Label),
                run.Wall.TotalSeconds.ToString("0.0 s", CultureInfo.InvariantCulture),
                run.Cpu.TotalSeconds.ToString("0.0 s", CultureInfo.InvariantCulture),
                run.ValuesSent.ToString("N0", CultureInfo.InvariantCulture),
                run.ValuesUnchanged.ToString("N0", CultureInfo.InvariantCulture),
                BenchMarkdown.Mebibytes(run.PeakWorkingSetBytes));
        }

        console.Write(table);
        var stages = new Table().Border(TableBorder.Rounded).AddColumns("étape / stage", "première / first", "lus / read", "lus/s / read/s", "inchangée / unchanged (médiane / median)");
        foreach (var stage in result.Runs[0].Stages)
        {
            stages.AddRow(
                stage.Stage,
                stage.Duration.TotalSeconds.ToString("0.00 s", CultureInfo.InvariantCulture),
                stage.Read.ToString("N0", CultureInfo.InvariantCulture),
                stage.ReadPerSecond.ToString("N0", CultureInfo.InvariantCulture),
                result.UnchangedMedian(stage.Stage) is { } median ? median.TotalSeconds.ToString("0.00 s", CultureInfo.InvariantCulture) : "—");
        }

        console.Write(stages);
    }
}
