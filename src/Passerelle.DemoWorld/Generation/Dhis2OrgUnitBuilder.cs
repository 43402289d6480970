using Passerelle.Core.Geography;
using Passerelle.DemoWorld.Identifiers;
using Passerelle.DemoWorld.Model;
using Passerelle.DemoWorld.Naming;
using Passerelle.DemoWorld.Randomness;

namespace Passerelle.DemoWorld.Generation;

/// <summary>
/// The DHIS2 organisation unit tree: Sénégal → régions médicales → districts sanitaires → facilities, named
/// as DHIS2 users type them (each district's data manager has a habit: "PS Ndiaffate", "Poste de Santé de
/// Ndiaffate"…), with the registry code as code for most facilities, closed dates, and coordinates that are
/// sometimes missing, shifted, or with latitude and longitude swapped.
/// </summary>
internal static class Dhis2OrgUnitBuilder
{
    /// <summary>When every unit of a generated tree opened.</summary>
    internal static readonly DateOnly FoundingDate = new(1960, 4, 4);

    /// <summary>How a district's data manager names facilities, and how often.</summary>
    internal static readonly (LabelStyle Item, double Weight)[] DistrictHabits =
    [
        (LabelStyle.Full, 0.3), (LabelStyle.Abbreviated, 0.35), (LabelStyle.AbbreviatedWithDe, 0.15),
        (LabelStyle.TitleCase, 0.1), (LabelStyle.Dotted, 0.1),
    ];

    /// <summary>The slips DHIS2 users make in names.</summary>
    internal static readonly NameNoise Noise = new(DropAccents: 0.08, Typo: 0.03, Upper: 0.03, PlaceFirst: 0.03);
    private static readonly CoordinateNoise Coordinates = new(Missing: 0.1, Shifted: 0.04, Decimals: 6);

    public static List<Dhis2OrgUnitRecord> Build(IReadOnlyList<PlannedFacility> facilities, GenerationContext context, Dhis2UidFactory uids)
    {
        var random = SeededRandom.For(context.Seed, "dhis2-orgunits");
        var units = new List<Dhis2OrgUnitRecord>();
        var countryUid = uids.For("country:SN");
        units.Add(new Dhis2OrgUnitRecord(countryUid, "SN", "Sénégal", "Sénégal", 1, null, "/" + countryUid, FoundingDate, null, null));

        var districtUnits = new Dictionary<string, Dhis2OrgUnitRecord>(StringComparer.Ordinal);
        foreach (var region in context.Regions)
        {
            var uid = uids.For("region:" + region.Code);
            var name = random.Next(0, 4) switch
            {
                0 => $"Région médicale de {region.Name}",
                1 => $"Région de {region.Name}",
                2 => $"RM {region.Name}",
                _ => $"{NameVariants.DropAccents(region.Name).ToUpperInvariant()} RM",
            };
            var regionUnit = new Dhis2OrgUnitRecord(uid, region.Code, name, Short(name), 2, countryUid, $"/{countryUid}/{uid}", FoundingDate, null, region.LabelPoint);
            units.Add(regionUnit);
            foreach (var district in context.Districts.Where(d => d.RegionCode == region.Code))
            {
                var districtUid = uids.For("district:" + district.Code);
                var districtName = random.Chance(0.8) ? $"District sanitaire {FacilityName.Of(district.Name)}" : $"DS {district.Name}";
                var districtUnit = new Dhis2OrgUnitRecord(districtUid, district.Code, districtName, Short(districtName), 3, uid,
                    $"{regionUnit.Path}/{districtUid}", FoundingDate, null, context.Layout.Town(district));
                units.Add(districtUnit);
                districtUnits[district.Code] = districtUnit;
            }
        }

        var habits = context.Districts.ToDictionary(d => d.Code, _ => random.PickWeighted(DistrictHabits), StringComparer.Ordinal);
        var facilityUnits = new List<Dhis2OrgUnitRecord>();
        foreach (var facility in facilities.Where(f => f.InDhis2))
        {
            var parent = districtUnits[facility.District.Code];
            var name = Noise.Apply(facility.Name, facility.Type, habits[facility.District.Code], random);
            facilityUnits.Add(new Dhis2OrgUnitRecord(
                facility.Dhis2Uid!,
                facility.Dhis2HasCode ? facility.RegistryCode : null,
                name,
                Short(name),
                4,
                parent.Uid,
                $"{parent.Path}/{facility.Dhis2Uid}",
                facility.OpenedOn,
                facility.ClosedOn,
                Coordinates.Apply(facility.Location, random)));
        }

        SwapOneLatitudeAndLongitude(facilityUnits, random);
        units.AddRange(facilityUnits);
        return units;
    }

    /// <summary>The classic import slip: one facility with latitude and longitude the wrong way round.</summary>
    private static void SwapOneLatitudeAndLongitude(List<Dhis2OrgUnitRecord> units, SeededRandom random)
    {
        var located = units.Select((u, i) => (Unit: u, Index: i)).Where(x => x.Unit.Location is not null).ToList();
        if (located.Count == 0)
        {
            return;
        }

        var count = Math.Max(1, located.Count / 300);
        foreach (var (unit, index) in random.Shuffled(located).Take(count))
        {
            var point = unit.Location!.Value;
            units[index] = unit with { Location = new GeoPoint(point.Longitude, point.Latitude) };
        }
    }

    /// <summary>DHIS2 short names hold 50 characters.</summary>
    internal static string Short(string name) => name.Length <= 50 ? name : name[..50].TrimEnd();
}
