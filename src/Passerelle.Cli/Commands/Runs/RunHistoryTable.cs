using System.Globalization;
using Passerelle.Core.Storage;
using Spectre.Console;

namespace Passerelle.Cli.Commands.Runs;

/// <summary>The run history as a table: one row per run, then one line per stage (read → written, rejected, duration).</summary>
internal static class RunHistoryTable
{
    public static Table Build(IReadOnlyList<RunSummary> runs)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumns("Début (UTC) / start", "Type / kind", "Statut / status", "Durée / duration", "Étapes : lues → écrites (rejetées), durée / stages: read → written (rejected), duration");
        foreach (var run in runs)
        {
            var stages = run.Stages.Count == 0
                ? "—"
                : string.Join('\n', run.Stages.Select(Stage));
            if (run.Error is not null)
            {
                stages += $"\n[red]{Markup.Escape(run.Error)}[/]";
            }

            table.AddRow(
                run.StartedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                Markup.Escape(run.Kind),
                Status(run.Status),
                run.FinishedAt is { } end ? Duration(end - run.StartedAt) : "…",
                stages);
        }

        return table;
    }

    public static string Status(RunStatus status) => status switch
    {
        RunStatus.Succeeded => "[green]réussie / succeeded[/]",
        RunStatus.Failed => "[red]échec / failed[/]",
        RunStatus.Cancelled => "[yellow]annulée / cancelled[/]",
        _ => "[blue]en cours / running[/]",
    };

    private static string Stage(StageResult stage)
    {
        var mark = stage.Status switch
        {
            StageStatus.Succeeded => "[green]✓[/]",
            StageStatus.Failed => "[red]✗[/]",
            _ => "[yellow]–[/]",
        };
        return string.Create(CultureInfo.InvariantCulture,
            $"{mark} {Markup.Escape(stage.Stage)} : {stage.ItemsRead:N0} → {stage.ItemsWritten:N0} ({stage.ItemsRejected:N0}), {Duration(stage.Duration)}");
    }

    private static string Duration(TimeSpan duration) => duration.TotalSeconds < 60
        ? string.Create(CultureInfo.InvariantCulture, $"{duration.TotalSeconds:0.0} s")
        : string.Create(CultureInfo.InvariantCulture, $"{(int)duration.TotalMinutes} min {duration.Seconds:00} s");
}
