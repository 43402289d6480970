using Passerelle.Core.Facilities;
using Passerelle.Core.Workforce;

namespace Passerelle.Core.Storage;

/// <summary>What the sources delivered, before alignment: one snapshot per source system.</summary>
public interface IStagingStore
{
    /// <summary>Replaces every staged facility of <paramref name="source"/> with <paramref name="facilities"/>.</summary>
    /// <returns>The number of facilities staged.</returns>
    Task<long> ReplaceSourceFacilitiesAsync(SourceSystem source, IEnumerable<SourceFacility> facilities, CancellationToken cancellationToken);

    IAsyncEnumerable<SourceFacility> ReadSourceFacilitiesAsync(SourceSystem source, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces every staged (pseudonymised) worker role of <paramref name="source"/>, stamping them with
    /// the current time so <see cref="PurgeStagingOlderThanAsync"/> can honour the retention period.
    /// </summary>
    Task<long> ReplaceWorkerRolesAsync(SourceSystem source, IAsyncEnumerable<WorkerRole> roles, CancellationToken cancellationToken);

    /// <summary>The staged roles of <paramref name="source"/>, by role id then pseudonym.</summary>
    IAsyncEnumerable<WorkerRole> ReadWorkerRolesAsync(SourceSystem source, CancellationToken cancellationToken);

    /// <summary>
    /// The same roles in whatever order the engine holds them, for counts over the whole workforce: no sort, so a
    /// million roles are not first gathered in the engine's memory (about 160 MiB less at that size, docs/performance.md).
    /// </summary>
    IAsyncEnumerable<WorkerRole> StreamWorkerRolesAsync(SourceSystem source, CancellationToken cancellationToken);

    /// <summary>Deletes pseudonymised worker roles loaded more than <paramref name="age"/> ago.</summary>
    /// <returns>The number of rows deleted.</returns>
    Task<long> PurgeStagingOlderThanAsync(TimeSpan age, CancellationToken cancellationToken);

    /// <summary>Replaces the whole registry (Carte sanitaire) snapshot.</summary>
    Task<long> ReplaceRegistryFacilitiesAsync(IEnumerable<RegistryFacility> facilities, CancellationToken cancellationToken);

    Task<IReadOnlyList<RegistryFacility>> ReadRegistryFacilitiesAsync(CancellationToken cancellationToken);

    Task AddQuarantineRowsAsync(IEnumerable<QuarantineRow> rows, CancellationToken cancellationToken);

    /// <summary>Quarantined rows, of one file when <paramref name="file"/> is given, in file and row order.</summary>
    Task<IReadOnlyList<QuarantineRow>> ReadQuarantineAsync(string? file, CancellationToken cancellationToken);

    /// <summary>Records an import unless a file with the same content hash was imported before.</summary>
    /// <returns>True when recorded; false when the same content was already imported (change nothing).</returns>
    Task<bool> TryRecordImportAsync(ImportRecord import, CancellationToken cancellationToken);

    Task<ImportRecord?> FindImportAsync(string contentHash, CancellationToken cancellationToken);

    /// <summary>Keeps the findings sources showed during a run.</summary>
    Task AddSourceFindingsAsync(IEnumerable<SourceFindingRow> findings, CancellationToken cancellationToken);

    /// <summary>Findings of one run (or every run when null), by source, code and place.</summary>
    Task<IReadOnlyList<SourceFindingRow>> ReadSourceFindingsAsync(Guid? runId, CancellationToken cancellationToken);
}
