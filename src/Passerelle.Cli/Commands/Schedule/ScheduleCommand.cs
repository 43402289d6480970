using System.ComponentModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Passerelle.Sync.Configuration;
using Passerelle.Sync.Operations;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Passerelle.Cli.Commands.Schedule;

/// <summary>
/// <c>passerelle schedule --config passerelle.yaml</c>: the scheduler alone, headless (for a systemd service):
/// runs a sync at each <c>schedule.cron</c> occurrence, logs to the console (the journal), stops cleanly on SIGTERM.
/// </summary>
internal sealed class ScheduleCommand(IAnsiConsole console) : AsyncCommand<ScheduleCommand.Settings>
{
    internal sealed class Settings : CommandSettings
    {
        [CommandOption("-c|--config <FILE>")]
        [Description("Fichier de configuration / configuration file")]
        public string Config { get; init; } = "passerelle.yaml";
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        PasserelleConfig config;
        try
        {
            config = ConfigLoader.Load(settings.Config);
            if (SyncSchedule.FromConfig(config) is null)
            {
                console.MarkupLine("[red]schedule.cron: vide / empty[/] — indiquez une expression cron, par ex. / give a cron expression, e.g. \"0 2 * * *\"");
                return ExitCodes.ConfigError;
            }
        }
        catch (ConfigurationException e)
        {
            console.MarkupLineInterpolated($"[red]{e.Message}[/]");
            return ExitCodes.ConfigError;
        }

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = false, Args = [] });
        builder.Services.AddPasserelleSchedule(config);
        using var host = builder.Build();
        try
        {
            // The host's console lifetime turns SIGTERM and Ctrl+C into a graceful stop.
            await host.RunAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Stopped by the caller: a clean stop.
        }

        return ExitCodes.Ok;
    }
}
