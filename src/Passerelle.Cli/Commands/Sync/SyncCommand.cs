using System.ComponentModel;
using Microsoft.Extensions.Logging.Abstractions;
using Passerelle.Cli.Console;
using Passerelle.Sync.Configuration;
using Passerelle.Sync.Operations;
using Passerelle.Sync.Pipeline;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Passerelle.Cli.Commands.Sync;

/// <summary>
/// <c>passerelle sync --config passerelle.yaml</c>: the main job (pull → align → analyse → push), with exit
/// codes fit for cron and systemd. <c>--dry-run</c> validates metadata and writes the diff without touching DHIS2.
/// </summary>
internal sealed class SyncCommand(IAnsiConsole console) : AsyncCommand<SyncCommand.Settings>
{
    internal sealed class Settings : CommandSettings
    {
        [CommandOption("-c|--config <FILE>")]
        [Description("Fichier de configuration / configuration file")]
        public string Config { get; init; } = "passerelle.yaml";

        [CommandOption("--warehouse <CONNECTION>")]
        [Description("Remplace / overrides `warehouse` (fichier DuckDB ou / or Host=… PostgreSQL)")]
        public string? Warehouse { get; init; }

        [CommandOption("--dry-run")]
        [Description("Simuler l'envoi : valider, calculer le diff, ne rien écrire dans DHIS2 / simulate the push")]
        public bool DryRun { get; init; }

        [CommandOption("--diff <CSV>")]
        [Description("Écrire le diff des valeurs en CSV / write the value diff as CSV")]
        public string? Diff { get; init; }

        [CommandOption("--full")]
        [Description("Tout refaire sans se fier à la mémoire des passages précédents : relire tout iHRIS et toute l'année DHIS2, réaligner, réanalyser, relire et comparer ce que DHIS2 détient / redo everything trusting nothing remembered: read all of iHRIS and DHIS2's whole year, re-align, re-analyse, read back and diff what DHIS2 holds")]
        public bool Full { get; init; }

        [CommandOption("--no-push")]
        [Description("S'arrêter après l'analyse / stop after the analysis")]
        public bool NoPush { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        PasserelleConfig config;
        try
        {
            config = ConfigLoader.Load(settings.Config);
            if (settings.Warehouse is not null)
            {
                config.Warehouse = settings.Warehouse;
            }
        }
        catch (ConfigurationException e)
        {
            console.MarkupLineInterpolated($"[red]{e.Message}[/]");
            return ExitCodes.ConfigError;
        }

        try
        {
            var report = await new LockedSync(config, TimeProvider.System, NullLoggerFactory.Instance).RunAsync(
                new SyncRunOptions(Push: !settings.NoPush, DryRun: settings.DryRun, DiffCsv: settings.Diff, Actor: Environment.UserName, Full: settings.Full),
                new ConsoleSyncProgress(console), "sync", cancellationToken);
            console.MarkupLineInterpolated($"[green]Synchronisation terminée / sync finished[/] ({report.RunId})");
            if (report.WorkforcePull is { } mode)
            {
                console.MarkupLineInterpolated($"iHRIS : lecture {(mode == WorkforcePullMode.Incremental ? "incrémentale / incremental" : "complète / full")} read");
            }

            console.MarkupLineInterpolated($"Constats des sources / source findings : {report.SourceFindings}");
            if (report.Push is { DryRun: true } dry)
            {
                var diff = new Table().AddColumns("Changement / change", "Valeurs / values");
                diff.AddRow("ajoutées / added", dry.Diff.Added.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
                diff.AddRow("modifiées / changed", dry.Diff.Changed.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
                diff.AddRow("inchangées / unchanged", dry.Diff.Unchanged.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
                diff.AddRow("supprimées / removed", dry.Diff.Removed.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
                diff.AddRow("hors périmètre, gardées / out of scope, kept", dry.Diff.LeftOutOfScope.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
                console.Write(diff);
            }

            return ExitCodes.Ok;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var (code, label) = SyncFailure.Classify(e);
            console.MarkupLineInterpolated($"[red]{label}[/] : {e.Message}");
            return code;
        }
    }
}
