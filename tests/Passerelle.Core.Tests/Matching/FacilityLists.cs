using Passerelle.Core.Facilities;
using Passerelle.Core.Geography;

namespace Passerelle.Core.Tests.Matching;

/// <summary>Small deterministic facility lists for matcher tests.</summary>
internal static class FacilityLists
{
    private static readonly string[] Places =
    [
        "Keur Massar", "Ndiaganiao", "Thiadiaye", "Sandiara", "Nguekhokh", "Malicounda", "Joal", "Fadial", "Sessène", "Tassette",
        "Pout", "Khombole", "Notto", "Mont Rolland", "Fandène", "Cayar", "Diender", "Keur Moussa", "Ndiassane", "Mboro",
        "Darou Khoudoss", "Méouane", "Taïba", "Koul", "Mérina Dakhar", "Pire", "Niakhène", "Ngandiouf", "Pambal", "Chérif Lo",
    ];

    private static readonly string[] Districts = ["Mbour", "Thiès", "Tivaouane", "Joal", "Khombole", "Popenguine"];

    public static SourceFacility Facility(
        string id,
        string name,
        string? district = "Mbour",
        GeoPoint? location = null,
        FacilityType type = FacilityType.Unknown,
        SourceSystem source = SourceSystem.HealthMap,
        string region = "Thiès",
        IReadOnlyDictionary<string, string>? codes = null) =>
        new(source, id, name, null, type, region, district, location, codes ?? new Dictionary<string, string>());

    /// <summary>
    /// A registry of <paramref name="count"/> facilities and a perturbed copy (abbreviated types,
    /// upper case, a few typos, coordinates moved up to ~200 m); truth: L{i} ≡ R{i}.
    /// </summary>
    public static (List<SourceFacility> Left, List<SourceFacility> Right) Perturbed(int count, int seed = 3)
    {
        var random = new Random(seed);
        var left = new List<SourceFacility>();
        var right = new List<SourceFacility>();
        for (var i = 0; i < count; i++)
        {
            var place = Places[i % Places.Length] + (i >= Places.Length ? " " + Suffix(i / Places.Length) : string.Empty);
            var district = Districts[i % Districts.Length];
            var point = new GeoPoint(14.0 + (random.NextDouble() * 2), -17.0 + (random.NextDouble() * 2));
            var type = i % 3 == 0 ? FacilityType.CentreDeSanteType1 : FacilityType.PosteDeSante;
            var prefix = type == FacilityType.PosteDeSante ? "Poste de santé de " : "Centre de santé de ";
            var shortPrefix = type == FacilityType.PosteDeSante ? "PS " : "CS ";
            left.Add(Facility("L" + i, prefix + place, district, point, type));
            var rightName = shortPrefix + (i % 4 == 0 ? Typo(place) : place);
            var moved = new GeoPoint(point.Latitude + ((random.NextDouble() - 0.5) * 0.003), point.Longitude + ((random.NextDouble() - 0.5) * 0.003));
            right.Add(Facility("R" + i, i % 5 == 0 ? rightName.ToUpperInvariant() : rightName, district, moved, FacilityType.Unknown, SourceSystem.Dhis2));
        }

        return (left, right);
    }

    private static string Suffix(int n) => n switch
    {
        1 => "Nord",
        2 => "Sud",
        3 => "Est",
        4 => "Ouest",
        _ => "Extension " + n,
    };

    private static string Typo(string place) => place.Length > 4 ? place[..2] + place[3] + place[2] + place[4..] : place;
}
