using Passerelle.Core.Facilities;
using Passerelle.DemoWorld.Naming;
using Passerelle.DemoWorld.Randomness;
using Passerelle.DemoWorld.Reference;

namespace Passerelle.DemoWorld.Generation;

/// <summary>
/// Where the hospitals (EPS) stand. Shaped on reference/senegal/senegal.md §2.1: about ten EPS niveau 3,
/// mostly in Dakar; one regional hospital (EPS niveau 2) per region; EPS niveau 1 in some department towns —
/// about 41 EPS nationally.
/// </summary>
internal static class HospitalPlan
{
    /// <summary>Dakar's national hospitals by district (7, as "Dakar has 7 national hospital centres").</summary>
    private static readonly Dictionary<string, int> DakarNationalHospitals = new(StringComparer.Ordinal)
    {
        ["DAKAR CENTRE"] = 2,
        ["DAKAR OUEST"] = 1,
        ["DAKAR SUD"] = 1,
        ["DAKAR NORD"] = 1,
        ["PIKINE"] = 1,
        ["GUEDIAWAYE"] = 1,
    };

    private static readonly HashSet<string> DakarLevelOne = new(StringComparer.Ordinal) { "RUFISQUE", "KEUR MASSAR" };

    /// <summary>Regions whose regional hospital is a teaching hospital (EPS niveau 3).</summary>
    private static readonly HashSet<string> TeachingRegions = new(StringComparer.Ordinal) { "SN-TH", "SN-SL", "SN-ZG" };

    public static List<(FacilityType Type, FacilityName Name)> For(
        ReferenceDistrict district, ReferenceRegion region, bool isRegionSeat, bool isDepartmentSeat,
        SeededRandom random, ISet<string> usedPlaces)
    {
        var hospitals = new List<(FacilityType, FacilityName)>();
        if (region.Code == "SN-DK")
        {
            var national = DakarNationalHospitals.GetValueOrDefault(district.SourceName);
            for (var i = 0; i < national; i++)
            {
                hospitals.Add((FacilityType.EpsNiveau3, NationalHospitalName(random, usedPlaces)));
            }

            if (DakarLevelOne.Contains(district.SourceName))
            {
                hospitals.Add((FacilityType.EpsNiveau1, new FacilityName("Centre hospitalier", district.Name)));
            }

            return hospitals;
        }

        if (isRegionSeat)
        {
            var level = TeachingRegions.Contains(region.Code) ? FacilityType.EpsNiveau3 : FacilityType.EpsNiveau2;
            hospitals.Add((level, new FacilityName("Centre hospitalier régional", region.Name)));
        }
        else if (district.SourceName == "TOUBA")
        {
            hospitals.Add((FacilityType.EpsNiveau2, new FacilityName("Hôpital", "Serigne " + PersonNames.Given(random, Core.Workforce.Sex.Male) + " Mbacké", WithDe: false)));
        }
        else if (isDepartmentSeat && random.Chance(0.8))
        {
            hospitals.Add((FacilityType.EpsNiveau1, new FacilityName(random.Chance(0.6) ? "Hôpital" : "Centre hospitalier", district.Name)));
        }

        return hospitals;
    }

    private static FacilityName NationalHospitalName(SeededRandom random, ISet<string> usedPlaces)
    {
        for (var attempt = 0; ; attempt++)
        {
            var person = $"{PersonNames.Given(random, Core.Workforce.Sex.Male)} {PersonNames.Family(random, NameFlavour.Wolof)}";
            var name = random.Next(0, 4) switch
            {
                0 => new FacilityName("Centre hospitalier national", person, WithDe: false),
                1 => new FacilityName("Hôpital", person, WithDe: false),
                2 => new FacilityName("Centre hospitalier universitaire", PlaceNameGenerator.Next(random, NameFlavour.UrbanDakar, usedPlaces)),
                _ => new FacilityName("Hôpital d'enfants", PlaceNameGenerator.Next(random, NameFlavour.UrbanDakar, usedPlaces)),
            };
            if (usedPlaces.Add(name.Full) || attempt > 20)
            {
                return name;
            }
        }
    }
}
