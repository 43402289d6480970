using Passerelle.HealthMap.Registry;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Passerelle.Cli.Commands.HealthMap;

/// <summary>
/// <c>passerelle healthmap import FILE [--mapping FILE] [--store DIR]</c>: validates a facility list and
/// stores the result (facilities, quarantine, findings) keyed by the file's content hash, so importing
/// the same file twice changes nothing. The store is a folder of JSON files until the warehouse's
/// <see cref="IRegistryStore"/> is wired. Exit code 0 when stored (or already stored), 1 when refused, 2 for a bad mapping.
/// </summary>
internal sealed class HealthMapImportCommand : AsyncCommand<HealthMapImportSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, HealthMapImportSettings settings, CancellationToken cancellationToken)
    {
        var console = AnsiConsole.Console;
        if (ImportResultView.LoadMapping(console, settings.Mapping) is not { } mapping)
        {
            return 2;
        }

        var store = new JsonFileRegistryStore(settings.Store);
        var report = await new RegistryImporter(mapping).ImportAsync(settings.File, store, cancellationToken);
        ImportResultView.Render(console, report.Result, settings.Details);
        switch (report.SaveOutcome)
        {
            case RegistrySaveOutcome.Saved:
                console.MarkupLine($"[green]Importé / imported:[/] {Markup.Escape(store.PathFor(report.Result.Source.ContentHash))}");
                break;
            case RegistrySaveOutcome.AlreadyImported:
                console.MarkupLine($"[grey]Déjà importé, rien n'a changé / already imported, nothing changed:[/] {Markup.Escape(store.PathFor(report.Result.Source.ContentHash))}");
                break;
        }

        return report.SaveOutcome is null || !report.Result.IsUsable ? 1 : 0;
    }
}
