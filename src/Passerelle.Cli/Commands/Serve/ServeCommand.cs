using System.ComponentModel;
using Passerelle.Sync.Configuration;
using Passerelle.Warehouse;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Passerelle.Cli.Commands.Serve;

/// <summary><c>passerelle serve</c>: the web app (dashboards, map, review queues, runs and audit) on the warehouse.</summary>
internal sealed class ServeCommand(IAnsiConsole console) : AsyncCommand<ServeCommand.Settings>
{
    internal sealed class Settings : CommandSettings
    {
        [CommandOption("-c|--config <FILE>")]
        [Description("Fichier de configuration / configuration file (défaut / default: passerelle.yaml)")]
        public string? Config { get; init; }

        [CommandOption("--warehouse <CONNECTION>")]
        [Description("Entrepôt : fichier DuckDB ou / or Host=… PostgreSQL")]
        public string? Warehouse { get; init; }

        [CommandOption("--urls <URLS>")]
        [Description("Adresses d'écoute / listen addresses (défaut / default: http://127.0.0.1:5080)")]
        public string Urls { get; init; } = WebServer.DefaultUrls;
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        try
        {
            var (warehouse, configFile) = WarehouseChoice.Resolve(settings.Warehouse, settings.Config);
            await WebServer.RunAsync(console, warehouse, configFile, settings.Urls, cancellationToken);
            return ExitCodes.Ok;
        }
        catch (ConfigurationException e)
        {
            console.MarkupLineInterpolated($"[red]{e.Message}[/]");
            return ExitCodes.ConfigError;
        }
        catch (WarehouseException e)
        {
            console.MarkupLineInterpolated($"[red]{e.Message}[/]");
            return ExitCodes.Unavailable;
        }
    }
}
