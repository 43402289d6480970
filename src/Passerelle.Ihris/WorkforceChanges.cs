using Passerelle.Core.Workforce;

namespace Passerelle.Ihris;

/// <summary>What changed in a source after a watermark.</summary>
/// <param name="Changed">Roles created or updated (latest version of each, once), pseudonymised.</param>
/// <param name="DeletedRoleIds">Source ids of roles deleted since the watermark.</param>
/// <param name="NextWatermark">Where the next incremental read starts: the latest change seen, or the old watermark when nothing changed.</param>
public sealed record WorkforceChanges(
    IReadOnlyList<WorkerRole> Changed,
    IReadOnlyList<string> DeletedRoleIds,
    DateTimeOffset NextWatermark);
