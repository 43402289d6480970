using System.ComponentModel;
using System.Globalization;
using Passerelle.Cli.Commands;
using Passerelle.Cli.Commands.Serve;
using Passerelle.Cli.Console;
using Passerelle.Core.Geography;
using Passerelle.Sync.Composition;
using Passerelle.Sync.Configuration;
using Passerelle.Sync.Pipeline;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Passerelle.Cli.Demo;

/// <summary>
/// <c>passerelle demo</c>: generates the demo world, starts the DHIS2 and iHRIS emulators on 127.0.0.1,
/// and runs the whole sync through the real connectors, then prints a French summary.
/// </summary>
internal sealed class DemoCommand(IAnsiConsole console) : AsyncCommand<DemoCommand.Settings>
{
    internal sealed class Settings : CommandSettings
    {
        [CommandOption("--regions <CODES>")]
        [Description("Régions, codes ISO séparés par des virgules / regions, comma-separated ISO codes (défaut / default: SN-DK,SN-KL,SN-TC)")]
        public string Regions { get; init; } = "SN-DK,SN-KL,SN-TC";

        [CommandOption("--seed <N>")]
        [Description("Graine du monde de démonstration / demo world seed")]
        public int Seed { get; init; } = DemoWorld.Model.DemoWorldOptions.Default.Seed;

        [CommandOption("--out <DIR>")]
        [Description("Dossier de sortie (entrepôt DuckDB, fichiers) / output folder")]
        public string Out { get; init; } = "passerelle-demo";

        [CommandOption("--serve")]
        [Description("Ouvrir ensuite l'application web sur l'entrepôt de la démo / then serve the web app on the demo warehouse")]
        public bool Serve { get; init; }

        [CommandOption("--urls <URLS>")]
        [Description("Adresses d'écoute avec --serve / listen addresses with --serve (défaut / default: http://127.0.0.1:5080)")]
        public string Urls { get; init; } = WebServer.DefaultUrls;

        public IReadOnlyList<string> RegionCodes => Regions.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        public override ValidationResult Validate()
        {
            var unknown = RegionCodes.Where(r => SenegalRegions.ByCode(r) is null).ToList();
            return unknown.Count == 0
                ? ValidationResult.Success()
                : ValidationResult.Error($"--regions: code(s) inconnu(s) / unknown: {string.Join(", ", unknown)}; valides / valid: {string.Join(", ", SenegalRegions.All.Select(r => r.Code))}");
        }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var regions = settings.RegionCodes.Select(r => SenegalRegions.ByCode(r)!.Code).ToList();
        console.MarkupLineInterpolated($"[bold]Passerelle — démonstration[/] : {string.Join(", ", regions.Select(r => SenegalRegions.ByCode(r)!.Name))}");
        await using var demo = await DemoEnvironment.StartAsync(settings.Out, regions, settings.Seed, cancellationToken);
        console.MarkupLineInterpolated($"[grey]Émulateurs / emulators: DHIS2 {demo.Dhis2.BaseUrl} · iHRIS {demo.Ihris.FhirBaseUrl}[/]");
        SyncReport report;
        try
        {
            await using var session = await SyncSession.OpenAsync(demo.Config, demoMode: true, TimeProvider.System, null, cancellationToken);
            report = await new SyncRunner(session, new ConsoleSyncProgress(console)).RunAsync(new SyncRunOptions(Actor: "demo"), cancellationToken);
        }
        catch (Exception e) when (e is SyncStageException or ConfigurationException)
        {
            console.MarkupLineInterpolated($"[red]Échec / failure[/] : {e.Message}");
            return ExitCodes.InternalError;
        }
        finally
        {
            await demo.SaveDhis2StateAsync(CancellationToken.None);
        }

        PrintSummary(report, demo);
        if (settings.Serve)
        {
            await ServeAsync(demo.Config.Warehouse, settings.Urls, cancellationToken);
        }

        return ExitCodes.Ok;
    }

    private async Task ServeAsync(string warehouse, string urls, CancellationToken cancellationToken)
    {
        var password = await DemoAdmin.ResetAsync(warehouse, cancellationToken);
        console.MarkupLineInterpolated($"Compte de démonstration / demo account: [bold]{DemoAdmin.Login}[/] · mot de passe / password: [bold]{password}[/] [grey](affiché une seule fois / shown once)[/]");
        await WebServer.RunAsync(console, warehouse, null, urls, cancellationToken);
    }

    private void PrintSummary(SyncReport report, DemoEnvironment demo)
    {
        var fr = CultureInfo.GetCultureInfo("fr-FR");
        var staffing = report.Staffing!;
        var push = report.Push!;
        var facilities = report.Stages[RegistryStage.Name].Written;
        var table = new Table().Border(TableBorder.Rounded).Title("[bold]Résumé / summary[/]").AddColumns("", "");
        table.AddRow("Structures (carte sanitaire, périmètre)", facilities.ToString("N0", fr));
        table.AddRow($"Agents en poste au {report.ReferenceDate.ToString("dd/MM/yyyy", fr)}", staffing.WorkersInPost.ToString("N0", fr));
        table.AddRow("Structures conformes à leur norme",
            $"{staffing.FacilitiesMeetingNorm.ToString("N0", fr)} / {staffing.Compliance.Count.ToString("N0", fr)} ({(staffing.ShareMeetingNorm ?? 0).ToString("P1", fr)})");
        table.AddRow("Valeurs envoyées à DHIS2", push.ValuesSent.ToString("N0", fr));
        table.AddRow("Valeurs déjà à jour dans DHIS2", push.Diff.Unchanged.Count.ToString("N0", fr));
        table.AddRow("Entrepôt DuckDB", Markup.Escape(demo.Config.Warehouse));
        console.Write(table);
        console.MarkupLine(push.ValuesSent == 0 && push.ValuesDeleted == 0
            ? "DHIS2 détient déjà ces valeurs : rien de nouveau à envoyer. / DHIS2 already holds these values: nothing new to push."
            : "Relancez la commande : les mêmes chiffres, et rien de nouveau à envoyer. / Run it again: same figures, nothing new to push.");
    }
}
