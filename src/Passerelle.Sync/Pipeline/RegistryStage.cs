using Passerelle.Core.Facilities;
using Passerelle.Core.Storage;
using Passerelle.HealthMap.Mapping;
using Passerelle.HealthMap.Norms;
using Passerelle.HealthMap.Registry;
using Passerelle.Sync.Configuration;
using StoredRegistryFacility = Passerelle.Core.Storage.RegistryFacility;

namespace Passerelle.Sync.Pipeline;

/// <summary>Pull from the Carte sanitaire: the facility list (validated, quarantine kept) and the norms.</summary>
public sealed class RegistryStage(PasserelleConfig config, IWarehouse warehouse, ScopeFilter scope, Guid runId, TimeProvider time)
{
    public const string Name = "pull.healthmap";

    public async Task<StageOutcome> RunAsync(CancellationToken cancellationToken)
    {
        var importer = new RegistryImporter(ColumnMapping.Default);
        var result = await importer.CheckAsync(config.HealthMap.Facilities, cancellationToken);
        if (result.IsRefused || !result.IsUsable)
        {
            var reasons = string.Join("; ", result.Findings.Where(f => f.Severity >= FindingSeverity.Error).Take(5));
            throw new SyncStageException(Name, $"carte sanitaire inutilisable / Carte sanitaire file unusable: {reasons}");
        }

        var inScope = result.Facilities.Where(f => scope.Includes(f.Facility)).ToList();
        await warehouse.Staging.ReplaceRegistryFacilitiesAsync(inScope.Select(ToStored), cancellationToken);
        await warehouse.Staging.ReplaceSourceFacilitiesAsync(SourceSystem.HealthMap, inScope.Select(f => f.Facility), cancellationToken);
        var now = time.GetUtcNow();
        if (result.Quarantine.Count > 0 && await warehouse.Staging.FindImportAsync(result.Source.ContentHash, cancellationToken) is null)
        {
            await warehouse.Staging.AddQuarantineRowsAsync(
                result.Quarantine.Select(q => new QuarantineRow(runId, result.Source.FileName, q.Row, q.Reasons.FirstOrDefault()?.Column, q.Reason, RowHash(result.Source.ContentHash, q.Row), now)),
                cancellationToken);
        }

        await warehouse.Staging.TryRecordImportAsync(
            new ImportRecord(result.Source.ContentHash, result.Source.FileName, "registry", result.RowsRead, now), cancellationToken);

        var norms = LoadNorms();
        foreach (var edition in norms.Editions)
        {
            await warehouse.Facts.ReplaceStaffingNormsAsync(edition.Version, edition.StaffingNorms, cancellationToken);
        }

        return new StageOutcome(
            result.RowsRead,
            inScope.Count,
            result.RowsQuarantined,
            $"{inScope.Count} structures dans le périmètre, {result.RowsQuarantined} lignes en quarantaine, {norms.Editions.Count} édition(s) de normes",
            $"{inScope.Count} facilities in scope, {result.RowsQuarantined} rows quarantined, {norms.Editions.Count} norms edition(s)");
    }

    private NormsCatalogue LoadNorms() =>
        string.IsNullOrWhiteSpace(config.HealthMap.Norms) ? NormsCatalogue.Demo : NormsCatalogue.Load(config.HealthMap.Norms);

    private static StoredRegistryFacility ToStored(Passerelle.HealthMap.Registry.RegistryFacility f) => new(
        f.Code,
        f.Facility.Name,
        f.Facility.Type,
        f.Facility.Region,
        f.Facility.District,
        f.Facility.Location,
        f.CatchmentPopulation,
        f.Status switch
        {
            FacilityOperationalStatus.Open => RegistryFacilityStatus.Open,
            FacilityOperationalStatus.Closed => RegistryFacilityStatus.Closed,
            _ => RegistryFacilityStatus.Unknown,
        });

    private static string RowHash(string fileHash, int row) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{fileHash}:{row}")));
}
