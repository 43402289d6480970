using System.Globalization;
using Passerelle.Core.Facilities;
using Passerelle.Core.Geography;

namespace Passerelle.Bench.Matching;

/// <summary>
/// Synthetic Senegal-like lists of any size for speed and memory: 14 regions, 79 districts (more
/// beyond 10 000 facilities, about 50 a district),
/// facility names from Wolof/Pulaar-like syllables, types along the pyramid, points in a patch
/// around their district's centre, inside Senegal's bounding box (a bigger box beyond 10 000
/// facilities, keeping Senegal's density). The right side is perturbed the same way as the labelled lists.
/// </summary>
internal static class SyntheticLists
{
    private static readonly string[] Syllables =
    [
        "ndia", "ye", "keur", "ma", "ba", "thi", "es", "kao", "lack", "di", "ou", "rbel", "sa", "lou", "m", "tam",
        "ko", "lda", "fa", "tick", "ka", "ffrine", "zi", "guin", "chor", "se", "dhiou", "ke", "dou", "gou", "mbo",
        "ur", "ga", "ndi", "sse", "ne", "bi", "gne", "to", "uba", "pa", "te", "li", "nga", "mé", "dina", "bé",
    ];

    private static readonly (string Prefix, FacilityType Type)[] Types =
    [
        ("Case de santé de ", FacilityType.CaseDeSante),
        ("Poste de santé de ", FacilityType.PosteDeSante),
        ("Poste de santé de ", FacilityType.PosteDeSante),
        ("Poste de santé de ", FacilityType.PosteDeSante),
        ("Centre de santé de ", FacilityType.CentreDeSanteType1),
        ("Hôpital régional de ", FacilityType.EpsNiveau2),
    ];

    public static LabelledLists Build(int size, int seed = 11)
    {
        var random = new Random(seed);
        // Senegal's 14 regions and 79 districts up to 10 000 facilities; beyond, a bigger country
        // with about 50 facilities a district (Nigeria: ~40 000 facilities in 774 LGAs).
        var districtCount = Math.Max(79, size / 50);
        // Senegal's extent (12.3–16.7° N, 17.5–11.4° W) up to 10 000 facilities; beyond, a country whose
        // area grows with its facility count, so that facilities stay about as dense as in Senegal.
        var scale = Math.Sqrt(Math.Max(1.0, size / 10_000.0));
        var (latSpan, lonSpan) = (4.4 * scale, 6.1 * scale);
        // Each district is a patch around its centre, of about the district's share of the area.
        var districtRadius = Math.Sqrt(latSpan * lonSpan / districtCount / Math.PI);
        var districts = Enumerable.Range(0, districtCount)
            .Select(_ => (Region: Word(random, 2), District: Word(random, 3), Centre: new GeoPoint(12.3 + (random.NextDouble() * latSpan), -17.5 + (random.NextDouble() * lonSpan))))
            .ToArray();
        var regions = districts.Select(d => d.Region).Distinct().Take(Math.Max(14, districtCount / 6)).ToArray();
        var left = new List<SourceFacility>(size);
        for (var i = 0; i < size; i++)
        {
            var d = random.Next(districts.Length);
            var (prefix, type) = Types[random.Next(Types.Length)];
            var name = prefix + Word(random, 2 + random.Next(2)) + (random.NextDouble() < 0.4 ? " " + Word(random, 2) : string.Empty);
            var (radius, angle) = (districtRadius * Math.Sqrt(random.NextDouble()), random.NextDouble() * 2 * Math.PI);
            var centre = districts[d].Centre;
            var point = new GeoPoint(centre.Latitude + (radius * Math.Cos(angle)), centre.Longitude + (radius * Math.Sin(angle)));
            var id = "L" + i.ToString("D7", CultureInfo.InvariantCulture);
            left.Add(new SourceFacility(SourceSystem.HealthMap, id, name, null, type, regions[d % regions.Length], districts[d].District, point, new Dictionary<string, string>()));
        }

        return SierraLeoneLists.Perturb($"Synthetic {size:N0} × ~{size:N0}", left, seed);
    }

    private static string Word(Random random, int syllables)
    {
        var text = string.Concat(Enumerable.Range(0, syllables).Select(_ => Syllables[random.Next(Syllables.Length)]));
        return char.ToUpperInvariant(text[0]) + text[1..];
    }
}
