using Passerelle.Core.Facilities;
using Passerelle.Core.Workforce;

namespace Passerelle.Core.Storage;

/// <summary>Overloads taking in-memory collections where a port streams its input.</summary>
public static class StorageEnumerableExtensions
{
    public static Task<long> ReplaceWorkerRolesAsync(this IStagingStore store, SourceSystem source, IEnumerable<WorkerRole> roles, CancellationToken cancellationToken) =>
        store.ReplaceWorkerRolesAsync(source, roles.ToAsyncEnumerable(), cancellationToken);

    public static Task<long> ReplaceStaffSnapshotAsync(this IFactStore store, string period, IEnumerable<StaffCount> counts, CancellationToken cancellationToken) =>
        store.ReplaceStaffSnapshotAsync(period, counts.ToAsyncEnumerable(), cancellationToken);

    public static Task<long> ReplaceServiceVolumesAsync(this IFactStore store, string period, IEnumerable<ServiceVolume> volumes, CancellationToken cancellationToken) =>
        store.ReplaceServiceVolumesAsync(period, volumes.ToAsyncEnumerable(), cancellationToken);

    public static Task<long> ReplaceIndicatorValuesAsync(this IResultStore store, string period, IEnumerable<IndicatorValue> values, CancellationToken cancellationToken) =>
        store.ReplaceIndicatorValuesAsync(period, values.ToAsyncEnumerable(), cancellationToken);
}
