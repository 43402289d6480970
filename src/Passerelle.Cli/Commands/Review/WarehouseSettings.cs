using System.ComponentModel;
using Passerelle.Core.Storage;
using Passerelle.Sync.Configuration;
using Passerelle.Warehouse;
using Spectre.Console.Cli;

namespace Passerelle.Cli.Commands.Review;

/// <summary>Options of the commands that work on the warehouse alone (no source is contacted).</summary>
internal class WarehouseSettings : CommandSettings
{
    [CommandOption("-c|--config <FILE>")]
    [Description("Fichier de configuration / configuration file")]
    public string Config { get; init; } = "passerelle.yaml";

    [CommandOption("--warehouse <CONNECTION>")]
    [Description("Remplace / overrides `warehouse` (fichier DuckDB ou / or Host=… PostgreSQL)")]
    public string? Warehouse { get; init; }

    /// <summary>The configuration file; with <c>--warehouse</c> and no file, the defaults on that warehouse.</summary>
    public PasserelleConfig LoadConfig()
    {
        var config = Warehouse is not null && !File.Exists(Config) ? new PasserelleConfig() : ConfigLoader.Load(Config);
        if (Warehouse is not null)
        {
            config.Warehouse = Warehouse;
        }

        return config;
    }

    public static Task<IWarehouse> OpenAsync(PasserelleConfig config, CancellationToken cancellationToken) =>
        WarehouseFactory.OpenAsync(config.Warehouse, TimeProvider.System, cancellationToken);
}

/// <summary>Options of the interactive review commands.</summary>
internal sealed class InteractiveReviewSettings : WarehouseSettings
{
    [CommandOption("--reviewer <NAME>")]
    [Description("Nom du relecteur pour le journal d'audit (défaut : utilisateur du système) / reviewer name for the audit log")]
    public string? Reviewer { get; init; }

    [CommandOption("--district <NAME>")]
    [Description("Seulement ce district / only this district")]
    public string? District { get; init; }
}
