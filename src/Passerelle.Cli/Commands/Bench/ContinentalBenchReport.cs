using System.Globalization;
using System.Text;
using Spectre.Console;

namespace Passerelle.Cli.Commands.Bench;

/// <summary>The continental bench as a console table and as Markdown, every figure labelled with what it measures.</summary>
internal static class ContinentalBenchReport
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Title(ContinentalBenchResult result) => string.Create(Inv,
        $"bench --scale continental --workers {result.Options.Workers}: {result.Options.Facilities:N0} structures / facilities, {result.Options.Workers:N0} agents / workers, {result.Options.Values:N0} valeurs / values; {result.Countries} pays / countries, {result.Regions} régions, {result.Districts} districts; {result.Processors} cœurs / cores");

    public static Table Table(ContinentalBenchResult result)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumns("étape / stage", "horloge / wall", "lignes / rows", "lignes/s / rows/s", "RSS départ / start", "pic RSS / peak", "alloué / allocated", "tas après / heap after", "GC engagé départ / GC committed start", "DuckDB départ → fin / start → end");
        foreach (var stage in result.Stages)
        {
            var cells = Cells(stage);
            table.AddRow([Markup.Escape(cells[0]), .. cells[1..].Select(Markup.Escape)]);
        }

        return table;
    }

    public static string Markdown(ContinentalBenchResult result)
    {
        var md = new StringBuilder();
        md.Append(Inv, $"### `passerelle {Title(result)}`\n\n");
        md.Append("| étape / stage | lignes : quoi / rows: what | horloge / wall | lignes / rows | lignes par s / rows per s | RSS au départ / working set at start | pic RSS / peak working set | alloué / allocated | tas géré après / managed heap after | GC engagé au départ / GC committed at start | DuckDB au départ → à la fin / at start → at end |\n|---|---|---|---|---|---|---|---|---|---|---|\n");
        foreach (var stage in result.Stages)
        {
            var c = Cells(stage);
            md.Append(Inv, $"| {c[0]} | {stage.What} | {c[1]} | {c[2]} | {c[3]} | {c[4]} | {c[5]} | {c[6]} | {c[7]} | {c[8]} | {c[9]} |\n");
        }

        md.Append('\n');
        foreach (var line in Summaries(result))
        {
            md.Append("- ").Append(line).Append('\n');
        }

        md.Append('\n');
        foreach (var line in Notes(result))
        {
            md.Append("- ").Append(line).Append('\n');
        }

        return md.ToString();
    }

    /// <summary>What each row counts, and what each Passerelle stage said it did.</summary>
    public static IEnumerable<string> Summaries(ContinentalBenchResult result) =>
        result.Stages.Select(s => s.Summary is { } summary ? $"{s.Stage} — {s.What}: {summary}" : $"{s.Stage} — {s.What}");

    /// <summary>What the figures are, and what was not measured.</summary>
    public static IReadOnlyList<string> Notes(ContinentalBenchResult result)
    {
        var files = string.Join(", ", result.FileBytes.Select(f => $"{f.Key} {Mebibytes(f.Value)}"));
        var kernel = result.Stages.All(s => s.KernelPeak)
            ? "pic RSS = VmHWM du noyau (Process.PeakWorkingSet64), remis à zéro avant chaque étape après un GC complet / peak working set = kernel VmHWM (Process.PeakWorkingSet64), reset before each stage after a full GC"
            : "pic RSS = plus grand échantillon (25 ms) et VmHWM (non remis à zéro : cumulatif) / peak working set = largest 25 ms sample and VmHWM (not reset: cumulative)";
        return
        [
            kernel,
            "GC engagé = mémoire engagée par le GC .NET au départ (GC.GetGCMemoryInfo) ; le reste du RSS est natif (runtime, DuckDB) / GC committed = memory the .NET GC had committed at the start; the rest of the working set is native (runtime, DuckDB)",
            "DuckDB = mémoire comptée par DuckDB (duckdb_memory()) au départ et à la fin de l'étape / DuckDB = memory DuckDB accounts for (duckdb_memory()) at the stage's start and end",
            "alloué = octets gérés alloués pendant l'étape, déchets compris (GC.GetTotalAllocatedBytes) / allocated = managed bytes allocated during the stage, garbage included",
            "gen.* : le générateur du bench (fichiers écrits), pas une étape de Passerelle / the bench's generator (files written), not a Passerelle stage",
            "pull.healthmap, pull.dhis2 (API DHIS2 / DHIS2 API), pull.ihris (iHRIS 4 Custom Report CSV → entrepôt DuckDB / DuckDB warehouse), align, analyze, push : étapes réelles de Passerelle dans ce processus / real Passerelle stages in this process",
            .. Dhis2Notes(result.Dhis2),
            $"fichiers / files: {files}",
        ];
    }

    private static string[] Dhis2Notes(BenchDhis2Figures? dhis2) => dhis2 switch
    {
        null =>
        [
            "non mesuré / not measured: pull.dhis2 et / and push (--dhis2 none) — les valeurs DHIS2 n'entrent dans Passerelle que par l'API DHIS2 ; leur fichier est généré, pas lu / DHIS2 values reach Passerelle only through the DHIS2 API; their file is generated, not read",
        ],
        { Mode: BenchDhis2Mode.Process } =>
        [
            string.Create(Inv, $"DHIS2 : émulateur dans un processus à part (passerelle emulate dhis2 --world continental), chargé en {dhis2.Started.TotalSeconds:0.0} s pendant l'écriture des fichiers, {dhis2.ArchivedValues:N0} valeurs archivées ; son pic RSS ({(dhis2.PeakWorkingSetBytes is { } peak ? Mebibytes(peak) : "?")}) n'est pas compté dans les étapes / DHIS2: emulator in a process of its own, loaded in {dhis2.Started.TotalSeconds:0.0} s while the files were written, {dhis2.ArchivedValues:N0} values archived; its peak working set is not counted in the stages"),
        ],
        _ =>
        [
            string.Create(Inv, $"DHIS2 : émulateur dans ce processus (--dhis2 in-process), chargé en {dhis2.Started.TotalSeconds:0.0} s, {dhis2.ArchivedValues:N0} valeurs archivées ; sa mémoire est comptée dans chaque étape / DHIS2: emulator in this process, loaded in {dhis2.Started.TotalSeconds:0.0} s, {dhis2.ArchivedValues:N0} values archived; its memory is counted in every stage"),
        ],
    };

    public static string Mebibytes(long bytes) => (bytes / 1024.0 / 1024.0).ToString("N0", Inv) + " MiB";

    private static string[] Cells(StageMeasure stage) =>
    [
        stage.Stage,
        stage.Wall.TotalSeconds.ToString("0.0 s", Inv),
        stage.Rows.ToString("N0", Inv),
        stage.RowsPerSecond.ToString("N0", Inv),
        Mebibytes(stage.WorkingSetAtStartBytes),
        Mebibytes(stage.PeakWorkingSetBytes),
        Mebibytes(stage.AllocatedBytes),
        Mebibytes(stage.ManagedHeapAfterBytes),
        Mebibytes(stage.GcCommittedAtStartBytes),
        stage.EngineAtStartBytes is { } start && stage.EngineAtEndBytes is { } end ? $"{Mebibytes(start)} → {Mebibytes(end)}" : "—",
    ];
}
