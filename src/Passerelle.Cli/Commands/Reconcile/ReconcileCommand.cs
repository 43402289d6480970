using System.Globalization;
using Passerelle.Cli.Commands.Review;
using Passerelle.Cli.Console;
using Passerelle.Dhis2.Http;
using Passerelle.Ihris;
using Passerelle.Sync.Composition;
using Passerelle.Sync.Configuration;
using Passerelle.Sync.Pipeline;
using Passerelle.Sync.Review;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Passerelle.Cli.Commands.Reconcile;

/// <summary><c>passerelle reconcile [--config]</c>: pull and align only, then the review queue in numbers.</summary>
internal sealed class ReconcileCommand(IAnsiConsole console) : AsyncCommand<WarehouseSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, WarehouseSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            var config = settings.LoadConfig();
            await using var session = await SyncSession.OpenAsync(config, demoMode: false, TimeProvider.System, null, cancellationToken);
            var report = await new SyncRunner(session, new ConsoleSyncProgress(console))
                .RunAsync(new SyncRunOptions(Analyze: false, Push: false, Actor: Environment.UserName), cancellationToken);
            if (report.Stages.TryGetValue(AlignStage.Name, out var align))
            {
                console.MarkupLineInterpolated($"{align.French}");
            }

            var summary = await ReviewQueue.SummarizeAsync(session.Warehouse, cancellationToken);
            console.Write(SummaryTable(summary));
            console.MarkupLine("Revoir / review : [bold]passerelle review facilities[/], [bold]passerelle review cadres[/] ou / or [bold]passerelle review export --out file.xlsx[/]");
            return summary.Total > 0 ? ExitCodes.CompletedWithFindings : ExitCodes.Ok;
        }
        catch (ConfigurationException e)
        {
            console.MarkupLineInterpolated($"[red]{e.Message}[/]");
            return ExitCodes.ConfigError;
        }
        catch (Exception e) when (e is Dhis2Exception or IhrisSourceException or HttpRequestException)
        {
            console.MarkupLineInterpolated($"[red]Source injoignable ou refus / source unreachable or refused[/] : {e.Message}");
            return ExitCodes.Unavailable;
        }
        catch (SyncStageException e)
        {
            console.MarkupLineInterpolated($"[red]Échec / failure[/] : {e.Message}");
            return ExitCodes.DataError;
        }
    }

    public static Table SummaryTable(ReviewQueueSummary summary)
    {
        string N(int n) => n.ToString(CultureInfo.InvariantCulture);
        var table = new Table().AddColumns("File de revue / review queue", "Nombre / count");
        table.AddRow("Unités DHIS2 à revoir / DHIS2 units to review", N(summary.FacilitiesDhis2));
        table.AddRow("Structures iHRIS à revoir / iHRIS facilities to review", N(summary.FacilitiesIhris));
        table.AddRow("Emplois → cadres à revoir / jobs → cadres to review", N(summary.Cadres));
        table.AddRow("Liens acceptés / links accepted", N(summary.FacilitiesAccepted));
        table.AddRow("Décisions de personnes / people's decisions", N(summary.FacilitiesDecidedByPeople));
        return table;
    }
}
