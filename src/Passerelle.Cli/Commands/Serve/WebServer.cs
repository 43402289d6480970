using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Passerelle.Sync.Configuration;
using Passerelle.Sync.Operations;
using Passerelle.Web.Hosting;
using Spectre.Console;

namespace Passerelle.Cli.Commands.Serve;

/// <summary>Runs the web app in this process until Ctrl+C; the warehouse is opened once, by the web app.</summary>
internal static class WebServer
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public static async Task RunAsync(IAnsiConsole console, string warehouse, string? configFile, string urls, CancellationToken cancellationToken)
    {
        var settings = new Dictionary<string, string?>
        {
            ["urls"] = urls,
            [$"{WebOptions.Section}:{nameof(WebOptions.Warehouse)}"] = warehouse,
            [$"{WebOptions.Section}:{nameof(WebOptions.ConfigFile)}"] = configFile,
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
        };
        var schedule = configFile is null ? null : ConfigLoader.Load(configFile);
        await using var app = PasserelleWebApp.Create([], settings, services =>
        {
            if (schedule is not null)
            {
                services.AddPasserelleSchedule(schedule);
            }
        });
        await app.StartAsync(cancellationToken);
        if (app.Services.GetService<SyncScheduler>() is not null)
        {
            console.MarkupLineInterpolated(
                $"[grey]Synchronisation planifiée / scheduled sync: « {schedule!.Schedule.Cron} » (UTC), une à la fois / one at a time[/]");
        }

        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            console.MarkupLineInterpolated($"[bold green]Passerelle web[/] : {url}  [grey](Ctrl+C pour arrêter / to stop)[/]");
        }

        try
        {
            await app.WaitForShutdownAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C: stop cleanly.
        }

        await app.StopAsync(CancellationToken.None);
    }
}
