using System.Text.Json;
using Passerelle.Core.Facilities;
using Passerelle.Core.Geography;

namespace Passerelle.Bench.Matching;

/// <summary>
/// Labelled lists built from the Sierra Leone DHIS2 demo org units (reference/dhis2/fixtures):
/// the 13 level-2 districts become regions (centroids from the level-2 geoFeatures), the 152
/// chiefdoms become health districts, and each chiefdom gets a centre de santé, two postes and a
/// case de santé named after it and after the real level-4 facility names; each region capital
/// gets a regional hospital. The right list is a perturbed copy (see <see cref="Perturbation"/>)
/// with 10 % of facilities dropped (closures) and 10 % new ones added.
/// </summary>
internal static class SierraLeoneLists
{
    private static readonly string[] Quarters = ["Nord", "Sud", "Est", "Ouest", "Gare", "Marché", "Plateau", "Extension"];

    public static LabelledLists Build(string referenceDir, int seed = 7)
    {
        var fixtures = Path.Combine(referenceDir, "dhis2", "fixtures");
        var units = Load(Path.Combine(fixtures, "ade_v40_sl_orgunits_levels1-3.json"), "organisationUnits");
        var regions = units.Where(u => u.GetProperty("level").GetInt32() == 2)
            .ToDictionary(u => u.GetProperty("id").GetString()!, u => u.GetProperty("displayName").GetString()!);
        var centroids = RegionCentroids(Path.Combine(fixtures, "maps_v31_sl_geoFeatures_level2.json"));
        var facilityNames = Load(Path.Combine(fixtures, "ade_v40_sl_orgunit_children_KKkLOTpMXGV.json"), "children")
            .Select(c => c.GetProperty("displayName").GetString()!)
            .ToArray();
        var random = new Random(seed);
        var left = new List<SourceFacility>();
        foreach (var chiefdom in units.Where(u => u.GetProperty("level").GetInt32() == 3).OrderBy(u => u.GetProperty("id").GetString(), StringComparer.Ordinal))
        {
            var name = chiefdom.GetProperty("displayName").GetString()!;
            var regionId = chiefdom.GetProperty("path").GetString()!.Split('/')[2];
            var region = regions[regionId];
            var centre = Offset(centroids[regionId], random, 35_000);
            var quarters = Quarters.OrderBy(_ => random.Next()).Take(3).ToArray();
            Add(left, $"Centre de santé de {name}", FacilityType.CentreDeSanteType1, region, name, Offset(centre, random, 1_500));
            Add(left, $"Poste de santé de {name} {quarters[0]}", FacilityType.PosteDeSante, region, name, Offset(centre, random, 6_000));
            Add(left, $"Poste de santé de {name} {quarters[1]}", FacilityType.PosteDeSante, region, name, Offset(centre, random, 6_000));
            Add(left, $"Case de santé de {name} {quarters[2]}", FacilityType.CaseDeSante, region, name, Offset(centre, random, 8_000));
        }

        foreach (var (regionId, region) in regions.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            var district = left.First(f => f.Region == region).District!;
            Add(left, $"Hôpital régional de {region}", FacilityType.EpsNiveau2, region, district, Offset(centroids[regionId], random, 2_000));
        }

        var realNames = facilityNames.Select((n, i) => (Name: n, Anchor: left[(i * 37) % left.Count])).ToArray();
        foreach (var (realName, anchor) in realNames)
        {
            Add(left, realName, FacilityType.Unknown, anchor.Region!, anchor.District!, Offset(anchor.Location!.Value, random, 5_000));
        }

        return Perturb("Sierra Leone (DHIS2 demo org units, perturbed)", left, seed);
    }

    /// <summary>Right = perturbed copy of 90 % of left plus 10 % new facilities; truth by construction.</summary>
    public static LabelledLists Perturb(string title, List<SourceFacility> left, int seed)
    {
        var random = new Random(seed + 1);
        var perturbation = new Perturbation(seed + 2);
        var right = new List<SourceFacility>();
        var truth = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var facility in left)
        {
            if (random.NextDouble() < 0.10)
            {
                continue;
            }

            var id = "R" + (right.Count + 1).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
            right.Add(perturbation.Apply(facility, id));
            truth[facility.SourceId] = id;
        }

        var newcomers = left.Count / 10;
        for (var i = 0; i < newcomers; i++)
        {
            var anchor = left[random.Next(left.Count)];
            var id = "R" + (right.Count + 1).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
            var place = anchor.District ?? "X";
            right.Add(perturbation.Apply(
                anchor with { Name = $"Poste de santé de {place} {NewQuarter(random)}", Location = Offset(anchor.Location ?? new GeoPoint(8.5, -11.8), random, 6_000) },
                id));
        }

        // Shuffle the right side so that order carries no signal.
        var shuffled = right.OrderBy(_ => random.Next()).ToList();
        return new LabelledLists(title, left, shuffled, truth);
    }

    private static string NewQuarter(Random random)
    {
        string[] syllables = ["ka", "ma", "bo", "ni", "to", "se", "lu", "gba", "ko", "ya", "fe", "ri"];
        return char.ToUpperInvariant(syllables[random.Next(syllables.Length)][0]) + syllables[random.Next(syllables.Length)][1..]
            + syllables[random.Next(syllables.Length)] + syllables[random.Next(syllables.Length)];
    }

    private static void Add(List<SourceFacility> list, string name, FacilityType type, string region, string district, GeoPoint location)
    {
        var id = "L" + (list.Count + 1).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        list.Add(new SourceFacility(SourceSystem.HealthMap, id, name, null, type, region, district, location, new Dictionary<string, string>()));
    }

    internal static GeoPoint Offset(GeoPoint point, Random random, double maxMetres)
    {
        var metres = random.NextDouble() * maxMetres;
        var angle = random.NextDouble() * 2 * Math.PI;
        return new GeoPoint(
            point.Latitude + (metres * Math.Cos(angle) / 111_320),
            point.Longitude + (metres * Math.Sin(angle) / (111_320 * Math.Cos(point.Latitude * Math.PI / 180))));
    }

    private static List<JsonElement> Load(string path, string property)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("response").GetProperty(property).EnumerateArray().Select(e => e.Clone()).ToList();
    }

    private static Dictionary<string, GeoPoint> RegionCentroids(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var centroids = new Dictionary<string, GeoPoint>(StringComparer.Ordinal);
        foreach (var feature in document.RootElement.GetProperty("response").EnumerateArray())
        {
            using var coordinates = JsonDocument.Parse(feature.GetProperty("co").GetString()!);
            var points = Flatten(coordinates.RootElement).ToList();
            centroids[feature.GetProperty("id").GetString()!] = new GeoPoint(points.Average(p => p.Lat), points.Average(p => p.Lon));
        }

        return centroids;
    }

    private static IEnumerable<(double Lat, double Lon)> Flatten(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array && element.GetArrayLength() == 2 && element[0].ValueKind == JsonValueKind.Number)
        {
            yield return (element[1].GetDouble(), element[0].GetDouble());
            yield break;
        }

        foreach (var child in element.EnumerateArray())
        {
            foreach (var point in Flatten(child))
            {
                yield return point;
            }
        }
    }
}
