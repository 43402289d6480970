using System.Globalization;
using Passerelle.Core.Facilities;
using Passerelle.Core.Geography;
using Passerelle.DemoWorld.Generation;
using Passerelle.DemoWorld.Identifiers;
using Passerelle.DemoWorld.Naming;
using Passerelle.DemoWorld.Randomness;

namespace Passerelle.DemoWorld.Continental;

/// <summary>
/// The facilities of one district, drawn from the seed and the district alone, so each file writer can draw
/// them again instead of keeping the continent's 100 000 facilities in memory. The first facility of a district
/// is its health centre (a hospital in a region's first districts); the others are health posts, health huts
/// and private clinics. The district's workers are shared out by facility weight, exactly.
/// </summary>
internal static class ContinentalFacilityGenerator
{
    private static readonly CoordinateNoise Coordinates = new(Missing: 0.04, Shifted: 0.0, Decimals: 5);
    private static readonly NameNoise IhrisTyping = new(DropAccents: 0.15, Typo: 0.04, Upper: 0.05, PlaceFirst: 0.05);

    private static readonly (LabelStyle Item, double Weight)[] IhrisStyles =
        [(LabelStyle.Full, 0.5), (LabelStyle.Abbreviated, 0.25), (LabelStyle.AbbreviatedWithDe, 0.1), (LabelStyle.TitleCase, 0.15)];

    private static readonly (FacilityType Item, double Weight)[] Others =
        [(FacilityType.PosteDeSante, 0.66), (FacilityType.CaseDeSante, 0.26), (FacilityType.PrivateFacility, 0.08)];

    public static IReadOnlyList<ContinentalFacility> Generate(ContinentalDistrict district, ContinentalWorldOptions options)
    {
        var random = SeededRandom.For(options.Seed, string.Create(CultureInfo.InvariantCulture, $"continental/district/{district.Index}"));
        var types = new FacilityType[district.Facilities];
        for (var i = 0; i < types.Length; i++)
        {
            types[i] = i switch
            {
                0 when district.IsRegionCapital => FacilityType.EpsNiveau1,
                0 => FacilityType.CentreDeSanteType1,
                1 when district.IsRegionCapital => FacilityType.CentreDeSanteType1,
                _ => random.PickWeighted(Others),
            };
        }

        var workers = ShareWorkers(types, district.Workers, random);
        var firstWorker = ContinentalLayout.Cumulative(options.Workers, district.FirstFacility, options.Facilities);
        var places = new HashSet<string>(StringComparer.Ordinal);
        var sequence = new Dictionary<FacilityType, int>();
        var facilities = new List<ContinentalFacility>(types.Length);
        for (var i = 0; i < types.Length; i++)
        {
            var type = types[i];
            var index = district.FirstFacility + i;
            var name = type == FacilityType.PrivateFacility
                ? new FacilityName(random.Chance(0.5) ? "Clinique" : "Cabinet médical", PlaceNameGenerator.Next(random, district.Flavour, places), WithDe: false)
                : new FacilityName(type.French(), PlaceNameGenerator.Next(random, district.Flavour, places));
            var n = sequence[type] = sequence.GetValueOrDefault(type) + 1;
            var truth = new GeoPoint(
                Math.Clamp(district.Centre.Latitude + (random.NextNormal() * 0.05), ContinentalLayout.SouthLatitude, ContinentalLayout.NorthLatitude),
                Math.Clamp(district.Centre.Longitude + (random.NextNormal() * 0.05), ContinentalLayout.WestLongitude, ContinentalLayout.EastLongitude));
            facilities.Add(new ContinentalFacility(
                index,
                district,
                type,
                type == FacilityType.PrivateFacility ? Ownership.Private : random.Chance(0.03) ? Ownership.Confessional : Ownership.Public,
                name,
                string.Create(CultureInfo.InvariantCulture, $"{district.CountryCode}-{district.Index:D4}-{type.Code()}-{n:D3}"),
                string.Create(CultureInfo.InvariantCulture, $"facility|{index + 1001}"),
                IhrisTyping.Apply(name, type, random.PickWeighted(IhrisStyles), random),
                // A fresh factory for each facility: the uid depends on the key only, whichever writer asks first.
                // Two keys giving the same 11-character uid is a 1 in 10^17 event, so no registry of issued uids is kept.
                new Dhis2UidFactory($"continental:{options.Seed}").For(string.Create(CultureInfo.InvariantCulture, $"facility:{index}")),
                Coordinates.Apply(truth, random),
                random.Chance(0.97) ? (long)Math.Round(Catchment(type) * random.NextDouble(0.6, 1.5)) : null,
                workers[i],
                firstWorker));
            firstWorker += workers[i];
        }

        return facilities;
    }

    private static double Catchment(FacilityType type) => type switch
    {
        FacilityType.EpsNiveau1 => 250_000,
        FacilityType.CentreDeSanteType1 => 60_000,
        FacilityType.PosteDeSante => 9_000,
        FacilityType.CaseDeSante => 2_000,
        _ => 5_000,
    };

    private static double StaffWeight(FacilityType type) => type switch
    {
        FacilityType.EpsNiveau1 => 60,
        FacilityType.CentreDeSanteType1 => 25,
        FacilityType.PosteDeSante => 7,
        FacilityType.CaseDeSante => 2,
        _ => 5,
    };

    /// <summary>Shares <paramref name="total"/> out by weight (with some spread); the shares add up to it exactly.</summary>
    private static int[] ShareWorkers(FacilityType[] types, int total, SeededRandom random)
    {
        var weights = types.Select(t => StaffWeight(t) * random.NextDouble(0.7, 1.3)).ToArray();
        var sum = weights.Sum();
        var shares = new int[types.Length];
        var cumulative = 0.0;
        var given = 0;
        for (var i = 0; i < shares.Length; i++)
        {
            cumulative += weights[i];
            var upTo = i == shares.Length - 1 ? total : (int)Math.Floor(total * cumulative / sum);
            shares[i] = upTo - given;
            given = upTo;
        }

        return shares;
    }
}
