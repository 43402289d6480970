using System.ComponentModel;
using Passerelle.Sync.Operations;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Passerelle.Cli.Commands.Doctor;

/// <summary>
/// <c>passerelle doctor [--config]</c>: checks configuration, secrets (never printed), DHIS2, iHRIS, the Carte
/// sanitaire file, the warehouse and the run lock; ✓ or ✗ with what to fix. Exit code 1 when a check fails.
/// </summary>
internal sealed class DoctorCommand(IAnsiConsole console) : AsyncCommand<DoctorCommand.Settings>
{
    internal sealed class Settings : CommandSettings
    {
        [CommandOption("-c|--config <FILE>")]
        [Description("Fichier de configuration / configuration file")]
        public string Config { get; init; } = "passerelle.yaml";

        [CommandOption("--timeout <SECONDS>")]
        [Description("Délai par appel réseau / timeout per network call (défaut / default 10)")]
        public int TimeoutSeconds { get; init; } = 10;
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var doctor = new InstallationDoctor(TimeProvider.System) { NetworkTimeout = TimeSpan.FromSeconds(Math.Clamp(settings.TimeoutSeconds, 1, 300)) };
        var checks = await doctor.CheckAsync(settings.Config, cancellationToken);
        foreach (var check in checks)
        {
            var mark = check.Status switch
            {
                DoctorStatus.Ok => "[green]✓[/]",
                DoctorStatus.Warning => "[yellow]![/]",
                _ => "[red]✗[/]",
            };
            console.MarkupLineInterpolated($"{mark} [bold]{check.Name}[/] : {check.Detail}");
            if (check.Fix is not null && check.Status != DoctorStatus.Ok)
            {
                console.MarkupLineInterpolated($"    [grey]→ {check.Fix}[/]");
            }
        }

        var failed = checks.Count(c => c.Status == DoctorStatus.Failed);
        if (failed == 0)
        {
            console.MarkupLine("[green]Tout est prêt / all good.[/]");
            return ExitCodes.Ok;
        }

        console.MarkupLineInterpolated($"[red]{failed} vérification(s) en échec / check(s) failed.[/]");
        return ExitCodes.CompletedWithFindings;
    }
}
