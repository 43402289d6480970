using Passerelle.Core.Norms;

namespace Passerelle.Core.Storage;

/// <summary>Facts the indicators are computed from. Bulk replacements stream their input.</summary>
public interface IFactStore
{
    /// <summary>Replaces the staff snapshot of <paramref name="period"/>; every count must be of that period.</summary>
    Task<long> ReplaceStaffSnapshotAsync(string period, IAsyncEnumerable<StaffCount> counts, CancellationToken cancellationToken);

    /// <summary>The snapshot of a period, ordered by facility, cadre, sex and employment status.</summary>
    IAsyncEnumerable<StaffCount> ReadStaffSnapshotAsync(string period, CancellationToken cancellationToken);

    /// <summary>Replaces the service volumes of <paramref name="period"/>; every value must be of that period.</summary>
    Task<long> ReplaceServiceVolumesAsync(string period, IAsyncEnumerable<ServiceVolume> volumes, CancellationToken cancellationToken);

    /// <summary>Volumes of a period, ordered by data element then facility.</summary>
    IAsyncEnumerable<ServiceVolume> ReadServiceVolumesAsync(string period, CancellationToken cancellationToken);

    /// <summary>Replaces the staffing norms of edition <paramref name="version"/>; other editions stay.</summary>
    Task ReplaceStaffingNormsAsync(string version, IEnumerable<StaffingNorm> norms, CancellationToken cancellationToken);

    Task<IReadOnlyList<StaffingNorm>> ReadStaffingNormsAsync(CancellationToken cancellationToken);

    /// <summary>Replaces the coverage and density norms of edition <paramref name="version"/>.</summary>
    Task ReplaceCoverageNormsAsync(string version, IEnumerable<CoverageNorm> norms, CancellationToken cancellationToken);

    Task<IReadOnlyList<CoverageNorm>> ReadCoverageNormsAsync(CancellationToken cancellationToken);

    /// <summary>Inserts or replaces estimates keyed by (unit, year).</summary>
    Task UpsertPopulationAsync(IEnumerable<PopulationEstimate> estimates, CancellationToken cancellationToken);

    /// <summary>Estimates of one year (or all when null), ordered by unit and year.</summary>
    Task<IReadOnlyList<PopulationEstimate>> ReadPopulationAsync(int? year, CancellationToken cancellationToken);
}
