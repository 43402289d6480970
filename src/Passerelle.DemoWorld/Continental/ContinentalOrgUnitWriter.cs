using System.Globalization;
using Passerelle.DemoWorld.Generation;
using Passerelle.DemoWorld.Identifiers;
using Passerelle.DemoWorld.Model;
using Passerelle.DemoWorld.Naming;
using Passerelle.DemoWorld.Randomness;

namespace Passerelle.DemoWorld.Continental;

/// <summary>
/// The continent's DHIS2 organisation unit tree, one DHIS2 per continent with each country a root: country (level 1) →
/// région médicale (2) → district sanitaire (3) → facility (4), parents before children. Facilities are named as
/// DHIS2 users type them (each district's data manager keeps a habit: "PS Ndiaffate", "Poste de santé de Ndiaffate"),
/// carry the Carte sanitaire code for most of them, and lose their coordinates for some, as in the national world.
/// </summary>
internal static class ContinentalOrgUnitWriter
{
    private static readonly CoordinateNoise Coordinates = new(Missing: 0.08, Shifted: 0.0, Decimals: 6);

    /// <summary>Share of facilities whose DHIS2 org unit carries the Carte sanitaire code.</summary>
    public const double CodedShare = 0.85;

    public static IEnumerable<Dhis2OrgUnitRecord> Units(ContinentalLayout layout, ContinentalWorldOptions options, CancellationToken cancellationToken)
    {
        var uids = new Dhis2UidFactory($"continental:{options.Seed}:orgUnits");
        var random = SeededRandom.For(options.Seed, "continental/dhis2/tree");
        var countries = new Dictionary<string, Dhis2OrgUnitRecord>(StringComparer.Ordinal);
        var regions = new Dictionary<string, Dhis2OrgUnitRecord>(StringComparer.Ordinal);
        foreach (var district in layout.Districts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!countries.TryGetValue(district.CountryCode, out var country))
            {
                var uid = uids.For("country:" + district.CountryCode);
                var name = "Pays " + district.CountryCode;
                country = new Dhis2OrgUnitRecord(uid, district.CountryCode, name, name, 1, null, "/" + uid, Dhis2OrgUnitBuilder.FoundingDate, null, null);
                countries[district.CountryCode] = country;
                yield return country;
            }

            if (!regions.TryGetValue(district.Region, out var region))
            {
                var uid = uids.For("region:" + district.Region);
                var name = random.Next(0, 3) switch
                {
                    0 => $"Région médicale de {district.Region}",
                    1 => $"Région de {district.Region}",
                    _ => $"RM {district.Region}",
                };
                region = new Dhis2OrgUnitRecord(uid, null, name, Dhis2OrgUnitBuilder.Short(name), 2, country.Uid, $"{country.Path}/{uid}", Dhis2OrgUnitBuilder.FoundingDate, null, null);
                regions[district.Region] = region;
                yield return region;
            }

            var districtUid = uids.For(string.Create(CultureInfo.InvariantCulture, $"district:{district.Index}"));
            var districtName = random.Chance(0.8) ? $"District sanitaire {FacilityName.Of(district.Name)}" : $"DS {district.Name}";
            var districtUnit = new Dhis2OrgUnitRecord(districtUid, null, districtName, Dhis2OrgUnitBuilder.Short(districtName), 3, region.Uid,
                $"{region.Path}/{districtUid}", Dhis2OrgUnitBuilder.FoundingDate, null, district.Centre);
            yield return districtUnit;

            var habit = random.PickWeighted(Dhis2OrgUnitBuilder.DistrictHabits);
            foreach (var facility in ContinentalFacilityGenerator.Generate(district, options))
            {
                var own = SeededRandom.For(options.Seed, string.Create(CultureInfo.InvariantCulture, $"continental/dhis2/{facility.Index}"));
                var name = Dhis2OrgUnitBuilder.Noise.Apply(facility.Name, facility.Type, habit, own);
                yield return new Dhis2OrgUnitRecord(
                    facility.Dhis2Uid,
                    own.Chance(CodedShare) ? facility.RegistryCode : null,
                    name,
                    Dhis2OrgUnitBuilder.Short(name),
                    4,
                    districtUid,
                    $"{districtUnit.Path}/{facility.Dhis2Uid}",
                    Dhis2OrgUnitBuilder.FoundingDate,
                    null,
                    facility.Location is { } point ? Coordinates.Apply(point, own) : null);
            }
        }
    }
}
