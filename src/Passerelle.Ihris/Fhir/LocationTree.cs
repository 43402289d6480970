namespace Passerelle.Ihris.Fhir;

/// <summary>All Locations by id, with the walks along <c>partOf</c> the reader needs.</summary>
internal sealed class LocationTree(IReadOnlyDictionary<string, LocationNode> nodes, IhrisFhirOptions options)
{
    public IEnumerable<LocationNode> Facilities => nodes.Values.Where(n => n.IsFacility);

    public int Count => nodes.Count;

    /// <summary>The facility a role's location is, or is under (departments, units); null when it is a jurisdiction or unknown.</summary>
    public LocationNode? FacilityOf(string? locationId)
    {
        foreach (var node in Ancestry(locationId))
        {
            if (node.IsFacility)
            {
                return node;
            }
        }

        return null;
    }

    /// <summary>Region and district names above a facility, by level code, else by depth below the root.</summary>
    public (string? Region, string? District) RegionAndDistrict(LocationNode facility)
    {
        var jurisdictions = Ancestry(facility.ParentId).Where(n => !n.IsFacility).ToList();
        var region = jurisdictions.FirstOrDefault(n => IsLevel(n, options.RegionLevelCodes));
        var district = jurisdictions.FirstOrDefault(n => IsLevel(n, options.DistrictLevelCodes));
        if (region is null && jurisdictions.Count >= 2)
        {
            region = jurisdictions[^2];
        }

        if (district is null && jurisdictions.Count >= 3)
        {
            district = jurisdictions[0];
        }

        return (region?.Name, district?.Name);
    }

    /// <summary>The node and its ancestors, nearest first; stops on a loop or a dangling reference.</summary>
    private IEnumerable<LocationNode> Ancestry(string? id)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (id is not null && seen.Add(id) && nodes.TryGetValue(id, out var node))
        {
            yield return node;
            id = node.ParentId;
        }
    }

    private static bool IsLevel(LocationNode node, IList<string> levels) =>
        node.Level is not null && levels.Contains(node.Level, StringComparer.OrdinalIgnoreCase);
}
