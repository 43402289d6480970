using Passerelle.Core.Facilities;
using Passerelle.Core.Geography;
using Passerelle.DemoWorld;
using Passerelle.DemoWorld.Model;

namespace Passerelle.Bench.Matching;

/// <summary>
/// The national demo world (14 regions, cases de santé and private structures at national density):
/// the Carte sanitaire list against the DHIS2 facility org units and against the iHRIS facility
/// locations, as each system holds them (their own spellings, abbreviations, renamed districts,
/// missing or shifted coordinates, closures, units one side lacks). The generator's ground truth
/// (each facility's registry code, DHIS2 uid and iHRIS id) labels the pairs; no id crosses over.
/// </summary>
internal static class DemoWorldLists
{
    public static IReadOnlyList<LabelledLists> Build()
    {
        var world = DemoWorldGenerator.Generate(DemoWorldOptions.Default with
        {
            RegionCodes = DemoWorldGenerator.AllRegionCodes,
            Scale = DemoWorldScale.Complete,
        });
        var registry = world.Registry
            .Select(r => new SourceFacility(
                SourceSystem.HealthMap,
                r.Code,
                r.Name,
                r.TypeLabel,
                FacilityType.Unknown,
                r.Region,
                r.District,
                r is { Latitude: { } lat, Longitude: { } lon } ? new GeoPoint(lat, lon) : null,
                new Dictionary<string, string>()))
            .ToList();
        return
        [
            new LabelledLists(
                $"Monde de démo national / national demo world: Carte sanitaire ↔ DHIS2",
                registry,
                Dhis2Facilities(world),
                Truth(world, f => f.Dhis2Uid)),
            new LabelledLists(
                $"Monde de démo national / national demo world: Carte sanitaire ↔ iHRIS",
                registry,
                IhrisFacilities(world),
                Truth(world, f => f.IhrisLocationId)),
        ];
    }

    private static Dictionary<string, string> Truth(DemoWorldModel world, Func<DemoFacility, string?> otherId) =>
        world.Facilities
            .Where(f => f.RegistryCode is not null && otherId(f) is not null)
            .ToDictionary(f => f.RegistryCode!, f => otherId(f)!, StringComparer.Ordinal);

    private static List<SourceFacility> Dhis2Facilities(DemoWorldModel world)
    {
        var byUid = world.OrgUnits.ToDictionary(o => o.Uid);
        var deepest = world.OrgUnits.Max(o => o.Level);
        return world.OrgUnits
            .Where(o => o.Level == deepest)
            .Select(o =>
            {
                var district = o.ParentUid is { } p && byUid.TryGetValue(p, out var parent) ? parent : null;
                var region = district?.ParentUid is { } rp && byUid.TryGetValue(rp, out var r) ? r : null;
                return new SourceFacility(SourceSystem.Dhis2, o.Uid, o.Name, null, FacilityType.Unknown, region?.Name, district?.Name, o.Location, new Dictionary<string, string>());
            })
            .ToList();
    }

    private static List<SourceFacility> IhrisFacilities(DemoWorldModel world)
    {
        var byId = world.IhrisLocations.ToDictionary(l => l.Id);
        return world.IhrisLocations
            .Where(l => l.IsFacility)
            .Select(l =>
            {
                var district = l.PartOfId is { } p && byId.TryGetValue(p, out var parent) ? parent : null;
                var region = district?.PartOfId is { } rp && byId.TryGetValue(rp, out var r) ? r : null;
                return new SourceFacility(SourceSystem.Ihris, l.Id, l.Name, null, FacilityType.Unknown, region?.Name, district?.Name, l.Location, new Dictionary<string, string>());
            })
            .ToList();
    }
}
