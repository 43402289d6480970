using Passerelle.Core.Facilities;
using Passerelle.Core.Geography;
using Passerelle.DemoWorld;
using Passerelle.DemoWorld.Model;

namespace Passerelle.Benchmarks;

/// <summary>The national demo world (14 regions at national density), generated once per process.</summary>
public static class NationalWorld
{
    private static readonly Lazy<DemoWorldModel> World = new(() => DemoWorldGenerator.Generate(DemoWorldOptions.Default with
    {
        RegionCodes = DemoWorldGenerator.AllRegionCodes,
        Scale = DemoWorldScale.Complete,
    }));

    public static DemoWorldModel Model => World.Value;

    /// <summary>The Carte sanitaire's facilities as the matcher sees them.</summary>
    public static IReadOnlyList<SourceFacility> Registry() =>
        Model.Registry.Select(r => new SourceFacility(
            SourceSystem.HealthMap,
            r.Code,
            r.Name,
            r.TypeLabel,
            FacilityType.Unknown,
            r.Region,
            r.District,
            r.Latitude is { } lat && r.Longitude is { } lon ? new GeoPoint(lat, lon) : null,
            new Dictionary<string, string>())).ToList();

    /// <summary>DHIS2's facility-level org units as the matcher sees them.</summary>
    public static IReadOnlyList<SourceFacility> Dhis2Facilities()
    {
        var byUid = Model.OrgUnits.ToDictionary(o => o.Uid);
        return Model.OrgUnits.Where(o => o.Level == 4).Select(o =>
        {
            var district = o.ParentUid is { } p ? byUid[p] : null;
            var region = district?.ParentUid is { } r ? byUid[r] : null;
            return new SourceFacility(
                SourceSystem.Dhis2,
                o.Uid,
                o.Name,
                null,
                FacilityType.Unknown,
                region?.Name,
                district?.Name,
                o.Location,
                new Dictionary<string, string>());
        }).ToList();
    }
}
