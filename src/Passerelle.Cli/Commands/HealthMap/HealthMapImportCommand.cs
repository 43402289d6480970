using Passerelle.Core.Storage;
using Passerelle.HealthMap.Registry;
using Passerelle.Warehouse;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Passerelle.Cli.Commands.HealthMap;

/// <summary>
/// <c>passerelle healthmap import FILE [--mapping FILE] [--warehouse CONNECTION]</c>: validates a facility
/// list and keeps it in the warehouse — the registry snapshot, its quarantined rows and the import in the
/// ledger (dated, keyed by the file's content hash, so importing the same file twice changes nothing) —
/// as a run of kind <c>healthmap-import</c> with the findings. Exit code 0 when stored (or already stored),
/// 1 when refused or unusable, 2 for a bad mapping.
/// </summary>
internal sealed class HealthMapImportCommand : AsyncCommand<HealthMapImportSettings>
{
    public const string RunKind = "healthmap-import";

    public override async Task<int> ExecuteAsync(CommandContext context, HealthMapImportSettings settings, CancellationToken cancellationToken)
    {
        var console = AnsiConsole.Console;
        if (ImportResultView.LoadMapping(console, settings.Mapping) is not { } mapping)
        {
            return 2;
        }

        var time = TimeProvider.System;
        await using var warehouse = await WarehouseFactory.OpenAsync(settings.Warehouse, time, cancellationToken);
        var runId = Guid.NewGuid();
        await warehouse.Runs.StartRunAsync(new RunStart(runId, RunKind, time.GetUtcNow()), cancellationToken);
        var store = new WarehouseRegistryStore(warehouse, runId, time);
        RegistryImportReport report;
        try
        {
            report = await new RegistryImporter(mapping).ImportAsync(settings.File, store, cancellationToken);
            await store.RecordFindingsAsync(report.Result, "healthmap", cancellationToken);
        }
        catch (Exception e)
        {
            await warehouse.Runs.FinishRunAsync(runId, RunStatus.Failed, time.GetUtcNow(), e.Message, CancellationToken.None);
            throw;
        }

        var usable = report.SaveOutcome is not null && report.Result.IsUsable;
        await warehouse.Runs.FinishRunAsync(runId, usable ? RunStatus.Succeeded : RunStatus.Failed, time.GetUtcNow(),
            usable ? null : "fichier refusé ou inutilisable / file refused or unusable", CancellationToken.None);
        ImportResultView.Render(console, report.Result, settings.Details);
        switch (report.SaveOutcome)
        {
            case RegistrySaveOutcome.Saved:
                console.MarkupLine($"[green]Importé dans l'entrepôt / imported into the warehouse:[/] {store.FacilitiesStaged} structures, {report.Result.RowsQuarantined} lignes en quarantaine / rows quarantined ({runId})");
                break;
            case RegistrySaveOutcome.AlreadyImported:
                console.MarkupLine("[grey]Déjà importé, rien n'a changé / already imported, nothing changed[/]");
                break;
        }

        return usable ? 0 : 1;
    }
}
