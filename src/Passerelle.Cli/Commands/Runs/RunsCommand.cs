using System.ComponentModel;
using System.Globalization;
using Passerelle.Cli.Commands.Sync;
using Passerelle.Core.Storage;
using Passerelle.Sync.Configuration;
using Passerelle.Warehouse;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Passerelle.Cli.Commands.Runs;

/// <summary><c>passerelle runs [--last N]</c>: the run history from the ledger, newest first, with per-stage counts and durations.</summary>
internal sealed class RunsCommand(IAnsiConsole console) : AsyncCommand<RunsCommand.Settings>
{
    internal sealed class Settings : CommandSettings
    {
        [CommandOption("-c|--config <FILE>")]
        [Description("Fichier de configuration / configuration file")]
        public string Config { get; init; } = "passerelle.yaml";

        [CommandOption("--warehouse <CONNECTION>")]
        [Description("Entrepôt à lire, sans configuration / warehouse to read, without a configuration")]
        public string? Warehouse { get; init; }

        [CommandOption("-n|--last <N>")]
        [Description("Nombre d'exécutions / number of runs (défaut / default 10)")]
        public int Last { get; init; } = 10;

        public override ValidationResult Validate() => Last is < 1 or > 1000
            ? ValidationResult.Error("--last: entre 1 et 1000 / between 1 and 1000")
            : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        string warehouse;
        try
        {
            warehouse = settings.Warehouse ?? ConfigLoader.Load(settings.Config).Warehouse;
        }
        catch (ConfigurationException e)
        {
            console.MarkupLineInterpolated($"[red]{e.Message}[/]");
            return ExitCodes.ConfigError;
        }

        IReadOnlyList<RunSummary> runs;
        try
        {
            await using var store = await WarehouseFactory.OpenAsync(warehouse, TimeProvider.System, cancellationToken);
            runs = await store.Runs.ListRunsAsync(settings.Last, cancellationToken);
        }
        catch (Exception e) when (e is WarehouseException or FormatException)
        {
            var (code, label) = SyncFailure.Classify(e);
            console.MarkupLineInterpolated($"[red]{label}[/] : {e.Message}");
            return code is ExitCodes.InternalError ? ExitCodes.ConfigError : code;
        }

        if (runs.Count == 0)
        {
            console.MarkupLine("Aucune exécution enregistrée / no run recorded yet.");
            return ExitCodes.Ok;
        }

        console.Write(RunHistoryTable.Build(runs));
        return ExitCodes.Ok;
    }
}
