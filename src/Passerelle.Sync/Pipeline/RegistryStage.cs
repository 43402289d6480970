using Passerelle.Core.Facilities;
using Passerelle.Core.Storage;
using Passerelle.HealthMap.Mapping;
using Passerelle.HealthMap.Norms;
using Passerelle.HealthMap.Population;
using Passerelle.HealthMap.Registry;
using Passerelle.Sync.Configuration;

namespace Passerelle.Sync.Pipeline;

/// <summary>
/// Pull from the Carte sanitaire: the facility list (read with the configured column mapping, validated,
/// quarantine and findings kept), the norms editions side by side with their validity dates, and the ANSD population.
/// </summary>
public sealed class RegistryStage(PasserelleConfig config, IWarehouse warehouse, ScopeFilter scope, Guid runId, TimeProvider time)
{
    public const string Name = "pull.healthmap";

    /// <summary>What the findings of the Carte sanitaire are filed under.</summary>
    public const string SourceName = "healthmap";

    public int FindingsRecorded { get; private set; }

    public async Task<StageOutcome> RunAsync(CancellationToken cancellationToken)
    {
        var importer = new RegistryImporter(LoadMapping());
        var result = await importer.CheckAsync(config.HealthMap.Facilities, cancellationToken);
        if (result.IsRefused || !result.IsUsable)
        {
            var reasons = string.Join("; ", result.Findings.Where(f => f.Severity >= FindingSeverity.Error).Take(5));
            throw new SyncStageException(Name, $"carte sanitaire inutilisable / Carte sanitaire file unusable: {reasons}");
        }

        var store = new WarehouseRegistryStore(warehouse, runId, time, f => scope.Includes(f.Facility));
        await store.SaveAsync(result, cancellationToken);
        FindingsRecorded = await store.RecordFindingsAsync(result, SourceName, cancellationToken);

        var norms = LoadNorms();
        foreach (var edition in norms.Editions)
        {
            await warehouse.Facts.ReplaceStaffingNormsAsync(edition.Version, edition.StaffingNorms, cancellationToken);
            await warehouse.Facts.ReplaceCoverageNormsAsync(edition.Version, NormFacts.CoverageOf(edition), cancellationToken);
        }

        await warehouse.Facts.UpsertPopulationAsync(NormFacts.PopulationOf(PopulationTable.Ansd), cancellationToken);

        return new StageOutcome(
            result.RowsRead,
            store.FacilitiesStaged,
            result.RowsQuarantined,
            $"{store.FacilitiesStaged} structures dans le périmètre, {result.RowsQuarantined} lignes en quarantaine, {FindingsRecorded} constats, {norms.Editions.Count} édition(s) de normes",
            $"{store.FacilitiesStaged} facilities in scope, {result.RowsQuarantined} rows quarantined, {FindingsRecorded} findings, {norms.Editions.Count} norms edition(s)");
    }

    private ColumnMapping LoadMapping()
    {
        if (string.IsNullOrWhiteSpace(config.HealthMap.Mapping))
        {
            return ColumnMapping.Default;
        }

        try
        {
            return ColumnMappingFile.Load(config.HealthMap.Mapping);
        }
        catch (ColumnMappingException e)
        {
            throw new ConfigurationException("healthMap.mapping", [$"healthMap.mapping: {e.Message}"]);
        }
    }

    private NormsCatalogue LoadNorms() =>
        string.IsNullOrWhiteSpace(config.HealthMap.Norms) ? NormsCatalogue.Demo : NormsCatalogue.Load(config.HealthMap.Norms);
}
