using Passerelle.Core.Facilities;
using Passerelle.Core.Geography;
using Passerelle.DemoWorld.Model;
using Passerelle.DemoWorld.Naming;
using Passerelle.DemoWorld.Randomness;
using Passerelle.DemoWorld.Reference;

namespace Passerelle.DemoWorld.Generation;

/// <summary>
/// Plans one district's facilities along the pyramid (reference/senegal/senegal.md §2): one or more
/// centres de santé, postes de santé at about 1 per 10,000 inhabitants (fewer in under-served districts),
/// cases de santé attached to rural postes, hospitals, private structures. The first level's catchments
/// add up to the district population.
/// </summary>
internal sealed class FacilityPlanner(GenerationContext context)
{
    private static readonly string[] CompassWords = ["CENTRE", "NORD", "SUD", "OUEST", "EST"];

    public List<PlannedFacility> Plan(ReferenceDistrict district)
    {
        var random = SeededRandom.For(context.Seed, "facilities:" + district.Code);
        var region = context.RegionOf(district);
        var profile = RegionProfile.For(region.Code);
        var draft = new DistrictDraft(context, district, profile, random);

        var centres = PlanCentres(draft, region);
        var postes = PlanPostes(draft, centres);
        ShareCatchments(draft, centres, postes);
        var hospitals = PlanHospitals(draft, region);
        var cases = PlanCases(draft, postes);
        var privates = PlanPrivate(draft, region);
        return [.. centres, .. hospitals, .. postes, .. cases, .. privates];
    }

    private static List<PlannedFacility> PlanCentres(DistrictDraft draft, ReferenceRegion region)
    {
        var random = draft.Random;
        var population = draft.District.Population2025;
        var mainType = random.Chance(population >= 200_000 ? 0.6 : 0.25) ? FacilityType.CentreDeSanteType2 : FacilityType.CentreDeSanteType1;
        var words = draft.District.SourceName.Split(' ');
        var townName = words.Any(w => CompassWords.Contains(w)) || region.Code == "SN-DK" && draft.District.SourceName.StartsWith("DAKAR", StringComparison.Ordinal)
            ? draft.NewPlace()
            : draft.District.Name;
        draft.UsedPlaces.Add(townName);

        var centres = new List<PlannedFacility>
        {
            draft.Facility(new FacilityName("Centre de santé", townName), mainType, Ownership.Public, draft.NearTown(0.004), firstLevel: true, urban: true, opened: (1965, 2000)),
        };

        centres[0].IsDistrictMainCentre = true;
        var extra = draft.Profile.IsCapital
            ? (population > 300_000 ? 1 : 0) + (random.Chance(0.4) ? 1 : 0)
            : population > 300_000 && random.Chance(0.5) ? 1 : 0;
        for (var i = 0; i < extra; i++)
        {
            var type = random.Chance(0.2) ? FacilityType.CentreDeSanteType2 : FacilityType.CentreDeSanteType1;
            centres.Add(draft.Facility(new FacilityName("Centre de santé", draft.NewPlace()), type, Ownership.Public, draft.NearTown(0.05), firstLevel: true, urban: true, opened: (1990, 2015)));
        }

        return centres;
    }

    private static List<PlannedFacility> PlanPostes(DistrictDraft draft, List<PlannedFacility> centres)
    {
        var random = draft.Random;
        var remaining = draft.District.Population2025 * (1 - CentreShare(draft.Profile, centres.Count));
        var underServed = !draft.Profile.IsCapital && random.Chance(0.1 + (0.3 * draft.Profile.Remoteness));
        var peoplePerPoste = draft.Profile.PeoplePerPoste * (underServed ? random.NextDouble(1.5, 2.0) : random.NextDouble(0.85, 1.15));
        var count = Math.Max(2, (int)Math.Round(remaining / peoplePerPoste));

        var postes = new List<PlannedFacility>(count);
        for (var i = 0; i < count; i++)
        {
            var urban = draft.Profile.IsCapital || random.Chance(draft.Profile.Urbanity);
            var location = urban ? draft.NearTown(draft.Profile.IsCapital ? 0.05 : 0.03) : draft.Anywhere();
            postes.Add(draft.Facility(new FacilityName("Poste de santé", draft.NewPlace()), FacilityType.PosteDeSante, Ownership.Public, location, firstLevel: true, urban, opened: (1975, 2021)));
        }

        return postes;
    }

    /// <summary>Centres take a share of the district (their town), postes split the rest unevenly; the sum is exact.</summary>
    private static void ShareCatchments(DistrictDraft draft, List<PlannedFacility> centres, List<PlannedFacility> postes)
    {
        var population = draft.District.Population2025;
        var mainShare = 0.08 + (0.17 * draft.Profile.Urbanity);
        centres[0].Catchment = (long)Math.Round(population * mainShare);
        for (var i = 1; i < centres.Count; i++)
        {
            centres[i].Catchment = (long)Math.Round(population * 0.08);
        }

        var remaining = population - centres.Sum(c => c.Catchment);
        var weights = postes.Select(_ => Math.Exp(0.45 * draft.Random.NextNormal())).ToList();
        var total = weights.Sum();
        var assigned = 0L;
        for (var i = 0; i < postes.Count; i++)
        {
            postes[i].Catchment = i == postes.Count - 1 ? remaining - assigned : (long)Math.Floor(remaining * weights[i] / total);
            assigned += postes[i].Catchment;
        }
    }

    private static double CentreShare(RegionProfile profile, int centres) =>
        0.08 + (0.17 * profile.Urbanity) + (0.08 * (centres - 1));

    private List<PlannedFacility> PlanHospitals(DistrictDraft draft, ReferenceRegion region)
    {
        var regionSeat = context.Districts.Where(d => d.RegionCode == region.Code)
            .OrderByDescending(d => d.SourceName == NameVariants.DropAccents(region.Name).ToUpperInvariant())
            .ThenBy(d => d.Sequence)
            .First();
        var department = context.Reference.Departments[draft.District.DepartmentPcode];
        var isDepartmentSeat = Letters(department.Name) == Letters(draft.District.SourceName);
        return HospitalPlan.For(draft.District, region, regionSeat.Code == draft.District.Code, isDepartmentSeat, draft.Random, draft.UsedPlaces)
            .Select(h => draft.Facility(h.Name, h.Type, Ownership.Public, draft.NearTown(0.012), firstLevel: false, urban: true, opened: (1950, 1998),
                catchment: h.Type switch
                {
                    FacilityType.EpsNiveau1 => department.Population2025,
                    _ => region.Population2025,
                }))
            .ToList();
    }

    private static List<PlannedFacility> PlanCases(DistrictDraft draft, List<PlannedFacility> postes)
    {
        var random = draft.Random;
        var rural = postes.Where(p => !p.IsUrban).ToList();
        if (draft.Profile.IsCapital || rural.Count == 0)
        {
            return [];
        }

        var parents = new List<PlannedFacility>();
        if (draft.Scale == DemoWorldScale.Complete)
        {
            foreach (var poste in rural)
            {
                var count = random.NextPoisson(2.2 * (1 - (0.5 * draft.Profile.Urbanity)));
                for (var i = 0; i < count; i++)
                {
                    parents.Add(poste);
                }
            }
        }
        else
        {
            var count = random.Next(2, 5);
            for (var i = 0; i < count; i++)
            {
                parents.Add(random.Pick(rural));
            }
        }

        return parents.Select(parent =>
        {
            var location = draft.Near(parent.Location, 0.04);
            var hut = draft.Facility(new FacilityName("Case de santé", draft.NewPlace()), FacilityType.CaseDeSante, Ownership.Community, location, firstLevel: false, urban: false, opened: (1990, 2022), parent: parent);
            hut.Catchment = Math.Min((long)random.NextDouble(800, 3500), Math.Max(300, parent.Catchment / 3));
            return hut;
        }).ToList();
    }

    private static List<PlannedFacility> PlanPrivate(DistrictDraft draft, ReferenceRegion region)
    {
        var random = draft.Random;
        var peoplePer = (draft.Profile.IsCapital, draft.Scale) switch
        {
            (true, DemoWorldScale.Complete) => 12_000.0,
            (true, _) => 40_000.0,
            (false, DemoWorldScale.Complete) => 25_000.0,
            _ => 80_000.0,
        };
        var expected = draft.District.Population2025 / peoplePer;
        var count = (int)Math.Floor(expected) + (random.Chance(expected - Math.Floor(expected)) ? 1 : 0);
        var privates = new List<PlannedFacility>(count);
        for (var i = 0; i < count; i++)
        {
            var roll = random.NextDouble();
            var confessional = draft.Profile.IsCapital ? 0.08 : 0.3;
            var (name, type, ownership) = roll switch
            {
                _ when roll < confessional => (new FacilityName("Poste de santé privé catholique", draft.NewPlace()), FacilityType.PrivateFacility, Ownership.Confessional),
                _ when roll < confessional + 0.05 => (new FacilityName("Infirmerie de garnison", draft.District.Name), FacilityType.Other, Ownership.Military),
                _ when roll < 0.6 => (ClinicName(draft), FacilityType.PrivateFacility, Ownership.Private),
                _ => (new FacilityName("Cabinet médical", PersonNames.Family(random, draft.Flavour()), WithDe: false), FacilityType.PrivateFacility, Ownership.Private),
            };
            if (ownership == Ownership.Military && !draft.UsedPlaces.Add("garnison"))
            {
                (name, type, ownership) = (ClinicName(draft), FacilityType.PrivateFacility, Ownership.Private);
            }

            var location = ownership == Ownership.Confessional ? draft.Anywhere() : draft.NearTown(region.Code == "SN-DK" ? 0.05 : 0.02);
            var facility = draft.Facility(name, type, ownership, location, firstLevel: false, urban: ownership != Ownership.Confessional, opened: (1995, 2023));
            facility.Catchment = (long)random.NextDouble(2_000, 12_000);
            privates.Add(facility);
        }

        return privates;
    }

    private static FacilityName ClinicName(DistrictDraft draft) => draft.Random.Next(0, 3) switch
    {
        0 => new FacilityName("Clinique", draft.NewPlace(), WithDe: false),
        1 => new FacilityName("Clinique", PersonNames.Given(draft.Random, Core.Workforce.Sex.Female), WithDe: false),
        _ => new FacilityName("Clinique", PersonNames.Family(draft.Random, draft.Flavour()), WithDe: false),
    };

    private static string Letters(string name) =>
        new(NameVariants.DropAccents(name).ToUpperInvariant().Where(char.IsAsciiLetter).ToArray());

    /// <summary>The state of one district's planning: its random stream, used names, town and area.</summary>
    private sealed class DistrictDraft(GenerationContext context, ReferenceDistrict district, RegionProfile profile, SeededRandom random)
    {
        private readonly DepartmentArea _area = context.Reference.Departments[district.DepartmentPcode].Area;
        private readonly GeoPoint _town = context.Layout.Town(district);

        public ReferenceDistrict District => district;

        public RegionProfile Profile => profile;

        public SeededRandom Random => random;

        public DemoWorldScale Scale => context.Scale;

        public HashSet<string> UsedPlaces { get; } = new(StringComparer.Ordinal) { district.Name };

        public NameFlavour Flavour() => random.PickWeighted(profile.Flavours);

        public string NewPlace() => PlaceNameGenerator.Next(random, Flavour(), UsedPlaces);

        public GeoPoint NearTown(double radiusDegrees) => Near(_town, radiusDegrees);

        public GeoPoint Near(GeoPoint centre, double radiusDegrees)
        {
            for (var i = 0; i < 60; i++)
            {
                var candidate = new GeoPoint(
                    centre.Latitude + (radiusDegrees * random.NextNormal()),
                    centre.Longitude + (radiusDegrees * random.NextNormal()));
                if (_area.Contains(candidate) && context.Layout.InDistrict(district, candidate))
                {
                    return Round(candidate);
                }
            }

            return Anywhere();
        }

        public GeoPoint Anywhere() => Round(_area.RandomPoint(random, p => context.Layout.InDistrict(district, p)));

        public PlannedFacility Facility(
            FacilityName name, FacilityType type, Ownership ownership, GeoPoint location, bool firstLevel, bool urban,
            (int From, int To) opened, PlannedFacility? parent = null, long catchment = 0) =>
            new()
            {
                District = district,
                Profile = profile,
                Flavour = Flavour(),
                Name = name,
                Type = type,
                Ownership = ownership,
                Location = location,
                IsFirstLevel = firstLevel,
                IsUrban = urban,
                Parent = parent,
                Catchment = catchment,
                OpenedOn = new DateOnly(random.Next(opened.From, opened.To + 1), random.Next(1, 13), 1),
            };

        private static GeoPoint Round(GeoPoint point) => new(Math.Round(point.Latitude, 5), Math.Round(point.Longitude, 5));
    }
}
