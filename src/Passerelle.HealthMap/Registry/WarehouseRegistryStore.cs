using System.Security.Cryptography;
using System.Text;
using Passerelle.Core.Facilities;
using Passerelle.Core.Storage;
using StoredRegistryFacility = Passerelle.Core.Storage.RegistryFacility;

namespace Passerelle.HealthMap.Registry;

/// <summary>
/// Keeps an imported facility list in the warehouse: the registry snapshot (and the same facilities as a
/// staged source for alignment), its quarantined rows — where and why, with a hash of the row, never the
/// row itself — and the import in the ledger with its date and content hash. Saving the same content
/// again changes nothing.
/// </summary>
/// <param name="runId">The run the import belongs to (quarantine rows and findings are filed under it).</param>
/// <param name="include">Which facilities are staged (the sync's scope); all when null.</param>
public sealed class WarehouseRegistryStore(IWarehouse warehouse, Guid runId, TimeProvider time, Func<RegistryFacility, bool>? include = null) : IRegistryStore
{
    /// <summary>The <see cref="ImportRecord.Kind"/> of a Carte sanitaire facility list.</summary>
    public const string ImportKind = "registry";

    /// <summary>Facilities staged by the last save.</summary>
    public int FacilitiesStaged { get; private set; }

    public async Task<RegistrySaveOutcome> SaveAsync(RegistryImportResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        var staged = result.Facilities.Where(f => include?.Invoke(f) ?? true).ToList();
        await warehouse.Staging.ReplaceRegistryFacilitiesAsync(staged.Select(ToStored), cancellationToken);
        await warehouse.Staging.ReplaceSourceFacilitiesAsync(SourceSystem.HealthMap, staged.Select(f => f.Facility), cancellationToken);
        FacilitiesStaged = staged.Count;

        var hash = result.Source.ContentHash;
        if (await warehouse.Staging.FindImportAsync(hash, cancellationToken) is not null)
        {
            return RegistrySaveOutcome.AlreadyImported;
        }

        var now = time.GetUtcNow();
        if (result.Quarantine.Count > 0)
        {
            await warehouse.Staging.AddQuarantineRowsAsync(
                result.Quarantine.Select(q => new QuarantineRow(runId, result.Source.FileName, q.Row, q.Reasons.FirstOrDefault()?.Column, q.Reason, RowHash(hash, q.Row), now)),
                cancellationToken);
        }

        return await warehouse.Staging.TryRecordImportAsync(new ImportRecord(hash, result.Source.FileName, ImportKind, result.RowsRead, now), cancellationToken)
            ? RegistrySaveOutcome.Saved
            : RegistrySaveOutcome.AlreadyImported;
    }

    /// <summary>Files the import's warnings, errors and refusals as findings of the run; information findings are not kept.</summary>
    /// <returns>The number of findings recorded.</returns>
    public async Task<int> RecordFindingsAsync(RegistryImportResult result, string source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        var now = time.GetUtcNow();
        var findings = result.Findings
            .Where(f => f.Severity >= FindingSeverity.Warning)
            .Select(f => new SourceFindingRow(runId, source, Where(f), f.Code, f.French, f.English, now))
            .ToList();
        if (findings.Count > 0)
        {
            await warehouse.Staging.AddSourceFindingsAsync(findings, cancellationToken);
        }

        return findings.Count;
    }

    private static string Where(ImportFinding finding)
    {
        var where = finding.Row is { } row ? $"{finding.File}:{row}" : finding.File;
        return finding.Column is null ? where : $"{where} [{finding.Column}]";
    }

    private static StoredRegistryFacility ToStored(RegistryFacility f) => new(
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
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{fileHash}:{row}")));
}
