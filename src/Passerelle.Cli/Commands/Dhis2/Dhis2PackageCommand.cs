using System.ComponentModel;
using Passerelle.Core.Workforce;
using Passerelle.Dhis2.Http;
using Passerelle.Dhis2.Metadata;
using Passerelle.Dhis2.Uids;
using Passerelle.Sync.Composition;
using Passerelle.Sync.Configuration;
using Passerelle.Sync.Plan;
using Passerelle.Sync.Publishing;
using Passerelle.Warehouse;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Passerelle.Cli.Commands.Dhis2;

/// <summary>
/// <c>passerelle dhis2 package --out metadata.json [--plan analysis-plan.yaml] [--config passerelle.yaml] [--root UID]</c>:
/// writes the metadata package the publisher imports (same builder), for an import by hand (DHIS2 Import/Export app or
/// <c>POST /api/metadata</c>). With a configuration, the facilities come from the warehouse and the root from DHIS2
/// (or <c>--root</c>); without one, <c>--root</c> is required and the data set has no org unit yet.
/// </summary>
internal sealed class Dhis2PackageCommand(IAnsiConsole console) : AsyncCommand<Dhis2PackageCommand.Settings>
{
    internal sealed class Settings : CommandSettings
    {
        [CommandOption("-o|--out <FILE>")]
        [Description("Fichier JSON à écrire / JSON file to write")]
        public string Out { get; init; } = "metadata.json";

        [CommandOption("--plan <FILE>")]
        [Description("Plan d'analyse : nomme les éléments de données / analysis plan: names the data elements")]
        public string? Plan { get; init; }

        [CommandOption("-c|--config <FILE>")]
        [Description("Configuration (entrepôt, DHIS2) ; défaut passerelle.yaml s'il existe / configuration; default passerelle.yaml when present")]
        public string? Config { get; init; }

        [CommandOption("--warehouse <CONNECTION>")]
        [Description("Remplace / overrides `warehouse`")]
        public string? Warehouse { get; init; }

        [CommandOption("--root <UID>")]
        [Description("UID de l'unité de niveau 1 (pays) ; sinon lu dans DHIS2 / uid of the level-1 unit; else read from DHIS2")]
        public string? Root { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.Root is not null && !Dhis2Uid.IsValid(settings.Root))
        {
            console.MarkupLineInterpolated($"[red]--root : UID invalide / invalid UID « {settings.Root} »[/]");
            return ExitCodes.UsageError;
        }

        var configPath = settings.Config ?? (File.Exists("passerelle.yaml") ? "passerelle.yaml" : null);
        if (configPath is null && settings.Root is null)
        {
            console.MarkupLine("[red]Donnez --config ou --root / give --config or --root[/] (la racine DHIS2 est nécessaire aux visualisations / the DHIS2 root is needed by the visualizations)");
            return ExitCodes.UsageError;
        }

        try
        {
            var plan = settings.Plan is null ? null : AnalysisPlanLoader.Load(settings.Plan);
            var package = configPath is null
                ? Dhis2MetadataPackageBuilder.Build(PublicationPlanFactory.Create([], settings.Root!, NationalCadres.All, plan))
                : await FromConfigurationAsync(configPath, settings, plan, cancellationToken);
            var directory = Path.GetDirectoryName(Path.GetFullPath(settings.Out));
            Directory.CreateDirectory(directory!);
            await File.WriteAllTextAsync(settings.Out, package.ToJson(), cancellationToken);
            Summarize(package, settings.Out);
            return ExitCodes.Ok;
        }
        catch (AnalysisPlanException e)
        {
            console.MarkupLineInterpolated($"[red]Plan invalide / invalid plan[/] : {string.Join("; ", e.Problems)}");
            return ExitCodes.DataError;
        }
        catch (ConfigurationException e)
        {
            console.MarkupLineInterpolated($"[red]{e.Message}[/]");
            return ExitCodes.ConfigError;
        }
        catch (Dhis2Exception e)
        {
            console.MarkupLineInterpolated($"[red]DHIS2[/] : {e.Message} (--root évite cet appel / avoids this call)");
            return ExitCodes.Unavailable;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.MarkupLineInterpolated($"[red]Écriture impossible / cannot write[/] {settings.Out} : {e.Message}");
            return ExitCodes.DataError;
        }
    }

    private static async Task<Dhis2MetadataPackage> FromConfigurationAsync(string configPath, Settings settings, AnalysisPlan? plan, CancellationToken cancellationToken)
    {
        var config = ConfigLoader.Load(configPath);
        if (settings.Warehouse is not null)
        {
            config.Warehouse = settings.Warehouse;
        }

        if (settings.Root is not null)
        {
            await using var warehouse = await WarehouseFactory.OpenAsync(config.Warehouse, TimeProvider.System, cancellationToken);
            var units = await PublicationPackage.Dhis2UnitsAsync(warehouse, cancellationToken);
            return await PublicationPackage.BuildAsync(warehouse, units, settings.Root, plan, cancellationToken);
        }

        await using var session = await SyncSession.OpenAsync(config, demoMode: false, TimeProvider.System, null, cancellationToken);
        var dhis2OfGolden = await PublicationPackage.Dhis2UnitsAsync(session.Warehouse, cancellationToken);
        var root = await PublicationPackage.RootUnitAsync(session.Dhis2, cancellationToken);
        return await PublicationPackage.BuildAsync(session.Warehouse, dhis2OfGolden, root, plan, cancellationToken);
    }

    private void Summarize(Dhis2MetadataPackage package, string path)
    {
        var table = new Table().AddColumns("Type", "Objets / objects");
        foreach (var (type, count) in new (string, int)[]
        {
            ("categoryOptions", package.CategoryOptions.Count), ("categories", package.Categories.Count), ("categoryCombos", package.CategoryCombos.Count),
            ("dataElements", package.DataElements.Count), ("dataSets", package.DataSets.Count), ("indicatorTypes", package.IndicatorTypes.Count),
            ("indicators", package.Indicators.Count), ("organisationUnitGroups", package.OrganisationUnitGroups.Count),
            ("organisationUnitGroupSets", package.OrganisationUnitGroupSets.Count), ("visualizations", package.Visualizations.Count),
            ("maps", package.Maps.Count), ("dashboards", package.Dashboards.Count),
        })
        {
            table.AddRow(type, count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        console.Write(table);
        var units = package.DataSets.Sum(d => d.OrganisationUnits.Count);
        console.MarkupLineInterpolated($"[green]✓[/] Paquet écrit / package written: {path} ({units} unités dans l'ensemble de données / org units in the data set)");
        console.MarkupLine("  Import : Import/Export → Métadonnées (essai à blanc d'abord / dry run first), ou / or POST /api/metadata?importMode=VALIDATE");
    }
}
