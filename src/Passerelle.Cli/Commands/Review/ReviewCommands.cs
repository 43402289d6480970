using System.ComponentModel;
using Passerelle.Sync.Configuration;
using Passerelle.Sync.Review;
using Passerelle.Warehouse;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Passerelle.Cli.Commands.Review;

/// <summary><c>passerelle review facilities</c>: the facility queue, in the terminal.</summary>
internal sealed class ReviewFacilitiesCommand(IAnsiConsole console) : AsyncCommand<InteractiveReviewSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, InteractiveReviewSettings settings, CancellationToken cancellationToken) =>
        await ReviewCommandRunner.RunAsync(console, settings, async warehouse =>
        {
            await new FacilityReviewSession(console, warehouse, TimeProvider.System, settings.Reviewer ?? Environment.UserName).RunAsync(settings.District, cancellationToken);
            return ExitCodes.Ok;
        }, cancellationToken);
}

/// <summary><c>passerelle review cadres</c>: job title → cadre proposals, in the terminal.</summary>
internal sealed class ReviewCadresCommand(IAnsiConsole console) : AsyncCommand<InteractiveReviewSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, InteractiveReviewSettings settings, CancellationToken cancellationToken) =>
        await ReviewCommandRunner.RunAsync(console, settings, async warehouse =>
        {
            await new CadreReviewSession(console, warehouse, TimeProvider.System, settings.Reviewer ?? Environment.UserName).RunAsync(cancellationToken);
            return ExitCodes.Ok;
        }, cancellationToken);
}

/// <summary><c>passerelle review export --out FILE [--district …]</c>: the queue as CSV or XLSX for offline review.</summary>
internal sealed class ReviewExportCommand(IAnsiConsole console) : AsyncCommand<ReviewExportCommand.Settings>
{
    internal sealed class Settings : WarehouseSettings
    {
        [CommandOption("-o|--out <FILE>")]
        [Description("Fichier à écrire, .csv ou .xlsx / file to write, .csv or .xlsx")]
        public string Out { get; init; } = "";

        [CommandOption("--district <NAME>")]
        [Description("Seulement ce district / only this district")]
        public string? District { get; init; }

        public override ValidationResult Validate() =>
            Out.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || Out.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)
                ? ValidationResult.Success()
                : ValidationResult.Error("--out : fichier .csv ou .xlsx attendu / a .csv or .xlsx file expected");
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        await ReviewCommandRunner.RunAsync(console, settings, async warehouse =>
        {
            var rows = await ReviewQueueFile.ExportAsync(warehouse, settings.Out, settings.District, cancellationToken);
            console.MarkupLineInterpolated($"[green]{rows} ligne(s) à revoir écrite(s) / row(s) to review written[/] : {settings.Out}");
            return ExitCodes.Ok;
        }, cancellationToken);
}

/// <summary><c>passerelle review import FILE</c>: applies the decisions of a reviewed file, or none when a row is wrong.</summary>
internal sealed class ReviewImportCommand(IAnsiConsole console) : AsyncCommand<ReviewImportCommand.Settings>
{
    internal sealed class Settings : WarehouseSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("Fichier revu (.csv ou .xlsx) / reviewed file")]
        public string File { get; init; } = "";
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        await ReviewCommandRunner.RunAsync(console, settings, async warehouse =>
        {
            var result = await ReviewQueueFile.ImportAsync(warehouse, settings.File, TimeProvider.System, cancellationToken);
            if (result.Errors.Count > 0)
            {
                console.MarkupLineInterpolated($"[red]Fichier refusé, aucune décision appliquée / file refused, no decision applied[/] ({settings.File})");
                foreach (var error in result.Errors)
                {
                    console.MarkupLineInterpolated($"  [red]✗[/] {error}");
                }

                return ExitCodes.DataError;
            }

            console.MarkupLineInterpolated($"[green]{result.Applied} décision(s) appliquée(s), {result.Skipped} passée(s) / applied, skipped[/]");
            return ExitCodes.Ok;
        }, cancellationToken);
}

/// <summary>Loads the configuration, opens the warehouse and turns the usual failures into exit codes.</summary>
internal static class ReviewCommandRunner
{
    public static async Task<int> RunAsync(IAnsiConsole console, WarehouseSettings settings, Func<Core.Storage.IWarehouse, Task<int>> body, CancellationToken cancellationToken)
    {
        try
        {
            var config = settings.LoadConfig();
            await using var warehouse = await WarehouseSettings.OpenAsync(config, cancellationToken);
            return await body(warehouse);
        }
        catch (ConfigurationException e)
        {
            console.MarkupLineInterpolated($"[red]{e.Message}[/]");
            return ExitCodes.ConfigError;
        }
        catch (WarehouseException e)
        {
            console.MarkupLineInterpolated($"[red]Entrepôt / warehouse[/] : {e.Message}");
            return ExitCodes.Unavailable;
        }
    }
}
