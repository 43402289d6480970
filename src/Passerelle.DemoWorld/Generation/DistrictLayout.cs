using Passerelle.Core.Geography;
using Passerelle.DemoWorld.Naming;
using Passerelle.DemoWorld.Randomness;
using Passerelle.DemoWorld.Reference;

namespace Passerelle.DemoWorld.Generation;

/// <summary>
/// Where each district lies. No district polygons are public (reference/senegal/senegal.md §6), so a
/// department's districts share its polygon as Voronoi cells around their towns: the district named like
/// the department sits at the department's label point, the others spread out in the polygon.
/// </summary>
internal sealed class DistrictLayout
{
    private readonly Dictionary<string, GeoPoint> _towns = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ReferenceDistrict>> _neighbours = new(StringComparer.Ordinal);

    public DistrictLayout(SenegalReference reference, IEnumerable<ReferenceDistrict> districts, SeededRandom random)
    {
        foreach (var department in districts.GroupBy(d => d.DepartmentPcode))
        {
            var members = department.ToList();
            var area = reference.Departments[department.Key];
            var towns = new List<GeoPoint>();
            var ordered = members
                .OrderByDescending(d => SameName(d.SourceName, area.Name))
                .ThenBy(d => d.Sequence)
                .ToList();
            foreach (var district in ordered)
            {
                var town = towns.Count == 0 ? area.LabelPoint : FarthestOf(area.Area, towns, random.Fork(district.Code));
                towns.Add(town);
                _towns[district.Code] = town;
                _neighbours[district.Code] = members;
            }
        }
    }

    /// <summary>The district's main town.</summary>
    public GeoPoint Town(ReferenceDistrict district) => _towns[district.Code];

    /// <summary>True when <paramref name="point"/> is closer to this district's town than to its department neighbours'.</summary>
    public bool InDistrict(ReferenceDistrict district, GeoPoint point)
    {
        var own = Distance2(point, _towns[district.Code]);
        foreach (var other in _neighbours[district.Code])
        {
            if (other.Code != district.Code && Distance2(point, _towns[other.Code]) < own)
            {
                return false;
            }
        }

        return true;
    }

    private static GeoPoint FarthestOf(DepartmentArea area, List<GeoPoint> taken, SeededRandom random)
    {
        var best = area.RandomPoint(random);
        var bestDistance = taken.Min(t => Distance2(best, t));
        for (var i = 0; i < 12; i++)
        {
            var candidate = area.RandomPoint(random);
            var distance = taken.Min(t => Distance2(candidate, t));
            if (distance > bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return best;
    }

    private static bool SameName(string districtName, string departmentName) =>
        Letters(districtName) == Letters(departmentName);

    private static string Letters(string name) =>
        new(NameVariants.DropAccents(name).ToUpperInvariant().Where(char.IsAsciiLetter).ToArray());

    private static double Distance2(GeoPoint a, GeoPoint b)
    {
        var dLat = a.Latitude - b.Latitude;
        var dLon = (a.Longitude - b.Longitude) * Math.Cos(a.Latitude * Math.PI / 180);
        return (dLat * dLat) + (dLon * dLon);
    }
}
