using System.Globalization;
using System.Text;

namespace Passerelle.Cli.Commands.Bench;

/// <summary>Writes a bench as Markdown tables for <c>docs/performance.md</c>.</summary>
internal static class BenchMarkdown
{
    public static string Mebibytes(long bytes) => (bytes / 1024.0 / 1024.0).ToString("N0", CultureInfo.InvariantCulture) + " MiB";

    public static string Write(BenchResult result, int processors)
    {
        var inv = CultureInfo.InvariantCulture;
        var md = new StringBuilder();
        md.Append(inv, $"### `passerelle bench --scale {result.Scale}` — {result.Facilities:N0} structures, {result.Roles:N0} postes / roles, {processors} cœurs / cores\n\n");
        md.Append(inv, $"Monde généré et émulateurs démarrés / world generated and emulators started: {result.Setup.TotalSeconds:0.0} s.\n\n");
        md.Append("| exécution / run | horloge / wall | CPU | envoyées / sent | inchangées / unchanged | pic mémoire / peak working set | alloué / allocated |\n|---|---|---|---|---|---|---|\n");
        foreach (var run in result.Runs)
        {
            md.Append(inv, $"| {run.Label} | {run.Wall.TotalSeconds:0.0} s | {run.Cpu.TotalSeconds:0.0} s | {run.ValuesSent:N0} | {run.ValuesUnchanged:N0} | {Mebibytes(run.PeakWorkingSetBytes)} | {Mebibytes(run.AllocatedBytes)} |\n");
        }

        md.Append("\n| étape / stage | première / first | lus / read | lus par s / read per s | inchangée, médiane / unchanged, median |\n|---|---|---|---|---|\n");
        foreach (var stage in result.Runs[0].Stages)
        {
            var median = result.UnchangedMedian(stage.Stage);
            md.Append(inv, $"| {stage.Stage} | {stage.Duration.TotalSeconds:0.00} s | {stage.Read:N0} | {stage.ReadPerSecond:N0} | {(median is { } m ? m.TotalSeconds.ToString("0.00 s", inv) : "—")} |\n");
        }

        return md.ToString();
    }
}
