using Passerelle.Core.Facilities;
using Passerelle.Core.Storage;
using Passerelle.Core.Workforce;
using Passerelle.Sync.Analysis;

namespace Passerelle.Web.Reading;

/// <summary>
/// Distinct workers in post on the reference date of the latest analysis, in the regions a user may see: a
/// worker holding two posts (two facilities, or two cadres) counts once, where adding facility headcounts
/// counts them twice. Counted by the analysis' own rule (<see cref="StaffingAnalysis"/>) on the pseudonymised
/// roles the warehouse keeps; null when no analysis ran or the roles were purged after their retention period.
/// </summary>
public sealed class WorkersInPostCounter(IWarehouse warehouse)
{
    public async Task<int?> CountAsync(string? period, RegionScope scope, CancellationToken cancellationToken)
    {
        if (period is null || await ReferenceDateAsync(warehouse, period, cancellationToken) is not { } referenceDate)
        {
            return null;
        }

        var roles = new List<WorkerRole>();
        await foreach (var role in warehouse.Staging.StreamWorkerRolesAsync(SourceSystem.Ihris, cancellationToken))
        {
            roles.Add(role);
        }

        if (roles.Count == 0)
        {
            return null;
        }

        var facilities = await warehouse.Dimensions.ReadFacilitiesAsync(cancellationToken);
        var visible = facilities.Where(f => scope.Allows(f.RegionCode)).Select(f => f.GoldenId).ToHashSet(StringComparer.Ordinal);
        var facilityOfRole = AcceptedLinks(await warehouse.Crosswalk.ReadFacilityLinksAsync(SourceSystem.Ihris, cancellationToken))
            .Where(p => visible.Contains(p.Value))
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var cadreOfJob = (await warehouse.Crosswalk.ReadCadreMappingsAsync(SourceSystem.Ihris, cancellationToken))
            .Where(m => m.Status.IsAccepted())
            .GroupBy(m => m.JobKey, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(m => m.Status.IsHuman()).First().CadreCode, StringComparer.Ordinal);
        var result = StaffingAnalysis.Compute(new StaffingInputs(
            referenceDate, period, facilities, new HashSet<string>(StringComparer.Ordinal), roles, facilityOfRole, cadreOfJob, []));
        return result.WorkersInPost;
    }

    /// <summary>The date the staff snapshot of <paramref name="period"/> was taken on (the analysis' reference date).</summary>
    public static async Task<DateOnly?> ReferenceDateAsync(IWarehouse warehouse, string period, CancellationToken cancellationToken)
    {
        await foreach (var count in warehouse.Facts.ReadStaffSnapshotAsync(period, cancellationToken))
        {
            return count.SnapshotDate;
        }

        return null;
    }

    /// <summary>Source facility id → golden id, as the analysis chooses it: a person's decision first, then the best score.</summary>
    private static Dictionary<string, string> AcceptedLinks(IReadOnlyList<FacilityLink> links) =>
        links.Where(l => l.Status.IsAccepted())
            .GroupBy(l => l.SourceId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(l => l.Status.IsHuman()).ThenByDescending(l => l.Score).First().GoldenId, StringComparer.Ordinal);
}
