using Passerelle.Core.Facilities;
using Passerelle.Core.Geography;

namespace Passerelle.Sync.Pipeline;

/// <summary>
/// Which regions a run may pull, store and push. A record whose region cannot be told is left out
/// when a scope is set: nothing outside the scope moves.
/// </summary>
public sealed class ScopeFilter
{
    private readonly HashSet<string> _regions;

    public ScopeFilter(IEnumerable<string> regionCodes)
    {
        _regions = regionCodes.Select(c => SenegalRegions.ByCode(c)?.Code ?? c).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>True when no region is named: the whole country.</summary>
    public bool IsWholeCountry => _regions.Count == 0;

    public IReadOnlyCollection<string> RegionCodes => _regions;

    public bool IncludesRegion(string? regionLabel) =>
        IsWholeCountry || (SenegalRegions.Resolve(regionLabel) is { } region && _regions.Contains(region.Code));

    public bool Includes(SourceFacility facility) => IncludesRegion(facility.Region);
}
