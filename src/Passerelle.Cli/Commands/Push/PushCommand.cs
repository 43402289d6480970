using System.ComponentModel;
using Passerelle.Cli.Console;
using Passerelle.Core.Storage;
using Passerelle.Dhis2.Http;
using Passerelle.Ihris;
using Passerelle.Sync.Analysis;
using Passerelle.Sync.Composition;
using Passerelle.Sync.Configuration;
using Passerelle.Sync.Pipeline;
using Passerelle.Sync.Plan;
using Passerelle.Sync.Publishing;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Passerelle.Cli.Commands.Push;

/// <summary>
/// <c>passerelle push [--config passerelle.yaml] [--dry-run] [--diff diff.csv]</c>: publishes the latest analysis results
/// held in the warehouse into DHIS2 without pulling again (metadata, data values with diff and ledger, read-back through
/// analytics). <c>--dry-run</c> validates the metadata, prints the diff per data element and writes it as CSV.
/// </summary>
internal sealed class PushCommand(IAnsiConsole console) : AsyncCommand<PushCommand.Settings>
{
    internal sealed class Settings : CommandSettings
    {
        [CommandOption("-c|--config <FILE>")]
        [Description("Fichier de configuration / configuration file")]
        public string Config { get; init; } = "passerelle.yaml";

        [CommandOption("--warehouse <CONNECTION>")]
        [Description("Remplace / overrides `warehouse`")]
        public string? Warehouse { get; init; }

        [CommandOption("--dry-run")]
        [Description("Simuler : valider, calculer le diff, ne rien écrire dans DHIS2 / simulate: validate, diff, write nothing")]
        public bool DryRun { get; init; }

        [CommandOption("--diff <CSV>")]
        [Description("Écrire le diff des valeurs en CSV / write the value diff as CSV")]
        public string? Diff { get; init; }

        [CommandOption("--period <PERIOD>")]
        [Description("Période à publier (ex. 2026) ; défaut : la dernière analysée / period to push; default the latest analysed")]
        public string? Period { get; init; }

        [CommandOption("--plan <FILE>")]
        [Description("Plan d'analyse nommant les éléments de données / analysis plan naming the data elements")]
        public string? Plan { get; init; }

        [CommandOption("--no-read-back")]
        [Description("Ne pas relire les valeurs par /api/analytics / do not read the values back through analytics")]
        public bool NoReadBack { get; init; }

        [CommandOption("--full")]
        [Description("Comparer avec ce que DHIS2 détient vraiment (métadonnées réimportées, chaque valeur relue et comparée), même si le registre des envois dit que tout est à jour : retrouve les valeurs changées à la main dans DHIS2 / compare with what DHIS2 really holds (metadata re-imported, every value read back and diffed) even when the push ledger says all is up to date: finds values changed by hand in DHIS2")]
        public bool Full { get; init; }

        [CommandOption("--no-analytics-tables")]
        [Description("Relire sans régénérer les tables d'analyse / read back without generating the analytics tables")]
        public bool NoAnalyticsTables { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        PasserelleConfig config;
        AnalysisPlan? plan;
        try
        {
            config = ConfigLoader.Load(settings.Config);
            if (settings.Warehouse is not null)
            {
                config.Warehouse = settings.Warehouse;
            }

            plan = settings.Plan is null ? null : AnalysisPlanLoader.Load(settings.Plan);
        }
        catch (ConfigurationException e)
        {
            console.MarkupLineInterpolated($"[red]{e.Message}[/]");
            return ExitCodes.ConfigError;
        }
        catch (AnalysisPlanException e)
        {
            console.MarkupLineInterpolated($"[red]Plan invalide / invalid plan[/] : {string.Join("; ", e.Problems)}");
            return ExitCodes.DataError;
        }

        try
        {
            await using var session = await SyncSession.OpenAsync(config, demoMode: false, TimeProvider.System, null, cancellationToken);
            var period = settings.Period ?? await LatestPeriodAsync(session.Warehouse, cancellationToken);
            if (period is null)
            {
                console.MarkupLine("[red]Aucun résultat d'analyse dans l'entrepôt / no analysis result in the warehouse[/] : lancez d'abord / run first `passerelle sync --no-push`");
                return ExitCodes.DataError;
            }

            var publisher = new PublisherOptions { ReadBack = !settings.NoReadBack, RefreshAnalyticsTables = !settings.NoAnalyticsTables, Plan = plan };
            var report = await new SyncRunner(session, new ConsoleSyncProgress(console)).RunAsync(
                new SyncRunOptions(Pull: false, Align: false, Analyze: false, DryRun: settings.DryRun, DiffCsv: settings.Diff, Actor: Environment.UserName,
                    Publisher: publisher, Period: period, Full: settings.Full),
                cancellationToken);
            return new PushSummaryView(console).Show(report.Push!, period, settings.Diff);
        }
        catch (ConfigurationException e)
        {
            console.MarkupLineInterpolated($"[red]{e.Message}[/]");
            return ExitCodes.ConfigError;
        }
        catch (Exception e) when (e is Dhis2Exception or IhrisSourceException or HttpRequestException)
        {
            console.MarkupLineInterpolated($"[red]DHIS2 injoignable ou refus / DHIS2 unreachable or refused[/] : {e.Message}");
            return ExitCodes.Unavailable;
        }
        catch (SyncStageException e)
        {
            console.MarkupLineInterpolated($"[red]Échec / failure[/] : {e.Message}");
            console.MarkupLine("[grey]Relancez `passerelle push` : les lots déjà acquittés ne sont pas renvoyés / run `passerelle push` again: acknowledged chunks are not sent twice[/]");
            return ExitCodes.DataError;
        }
    }

    /// <summary>The latest period with facility results (one « meets the norm » value per facility and period).</summary>
    private static async Task<string?> LatestPeriodAsync(IWarehouse warehouse, CancellationToken cancellationToken)
    {
        string? latest = null;
        await foreach (var value in warehouse.Results.ReadIndicatorValuesAsync(
            new IndicatorQuery(IndicatorCode: StaffingAnalysis.MeetsNorm, OrgLevel: OrgLevel.Facility), cancellationToken))
        {
            if (latest is null || string.CompareOrdinal(value.Period, latest) > 0)
            {
                latest = value.Period;
            }
        }

        return latest;
    }
}
