using Passerelle.Core.Facilities;
using Passerelle.Core.Storage;

namespace Passerelle.Sync.Review;

/// <summary>The review queue as the warehouse holds it: facility links and cadre mappings in <c>review</c> status.</summary>
public static class ReviewQueue
{
    /// <summary>Facility pairs to review, with both records, optionally only those of one district (case-insensitive).</summary>
    public static async Task<IReadOnlyList<FacilityReviewItem>> ReadFacilitiesAsync(IWarehouse warehouse, string? district, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        var links = await warehouse.Crosswalk.ReadFacilityLinksAsync(null, cancellationToken);
        var pending = links.Where(l => l.Status == DecisionStatus.Review).ToList();
        if (pending.Count == 0)
        {
            return [];
        }

        var registry = await ReadAsync(warehouse, SourceSystem.HealthMap, cancellationToken);
        var sources = new Dictionary<SourceSystem, Dictionary<string, SourceFacility>>
        {
            [SourceSystem.Dhis2] = await ReadAsync(warehouse, SourceSystem.Dhis2, cancellationToken),
            [SourceSystem.Ihris] = await ReadAsync(warehouse, SourceSystem.Ihris, cancellationToken),
        };
        return [.. pending
            .Select(l => FacilityReviewItem.Of(l, sources.GetValueOrDefault(l.Source)?.GetValueOrDefault(l.SourceId), registry.GetValueOrDefault(l.GoldenId)))
            .Where(i => district is null || string.Equals(i.District, district, StringComparison.OrdinalIgnoreCase))
            .OrderBy(i => i.District, StringComparer.Ordinal).ThenBy(i => i.Link.Source).ThenBy(i => i.Link.SourceId, StringComparer.Ordinal)];
    }

    /// <summary>Job → cadre proposals to review.</summary>
    public static async Task<IReadOnlyList<CadreMapping>> ReadCadresAsync(IWarehouse warehouse, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        return [.. (await warehouse.Crosswalk.ReadCadreMappingsAsync(null, cancellationToken)).Where(m => m.Status == DecisionStatus.Review)];
    }

    public static async Task<ReviewQueueSummary> SummarizeAsync(IWarehouse warehouse, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        var links = await warehouse.Crosswalk.ReadFacilityLinksAsync(null, cancellationToken);
        var cadres = await ReadCadresAsync(warehouse, cancellationToken);
        return new ReviewQueueSummary(
            links.Count(l => l.Status == DecisionStatus.Review && l.Source == SourceSystem.Dhis2),
            links.Count(l => l.Status == DecisionStatus.Review && l.Source == SourceSystem.Ihris),
            cadres.Count,
            links.Count(l => l.Status.IsAccepted()),
            links.Count(l => l.Status.IsHuman()));
    }

    private static async Task<Dictionary<string, SourceFacility>> ReadAsync(IWarehouse warehouse, SourceSystem source, CancellationToken cancellationToken)
    {
        var map = new Dictionary<string, SourceFacility>(StringComparer.Ordinal);
        await foreach (var facility in warehouse.Staging.ReadSourceFacilitiesAsync(source, cancellationToken))
        {
            map[facility.SourceId] = facility;
        }

        return map;
    }
}
