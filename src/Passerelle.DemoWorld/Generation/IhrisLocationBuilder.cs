using Passerelle.Core.Facilities;
using Passerelle.DemoWorld.Model;
using Passerelle.DemoWorld.Naming;
using Passerelle.DemoWorld.Randomness;

namespace Passerelle.DemoWorld.Generation;

/// <summary>
/// iHRIS Locations: jurisdictions (country <c>SN</c>, regions <c>SN.DK</c>, districts <c>SN.DK.DC</c>, as the
/// iHRIS 5 demo's dotted ids) and facilities <c>facility-NNNN</c> with partOf their district. Names follow a
/// per-region habit; coordinates are often missing; an upgraded poste is still a poste here; the DHIS2 id
/// is carried for most facilities.
/// </summary>
internal static class IhrisLocationBuilder
{
    private static readonly (LabelStyle Item, double Weight)[] RegionHabits =
    [
        (LabelStyle.Dotted, 0.25), (LabelStyle.UpperNoAccents, 0.25), (LabelStyle.Full, 0.3), (LabelStyle.AbbreviatedWithDe, 0.2),
    ];

    private static readonly NameNoise Noise = new(DropAccents: 0.1, Typo: 0.03, Upper: 0.02, PlaceFirst: 0.03);
    private static readonly CoordinateNoise Coordinates = new(Missing: 0.45, Shifted: 0.03, Decimals: 4);

    public static List<IhrisLocationRecord> Build(IReadOnlyList<PlannedFacility> facilities, GenerationContext context)
    {
        var random = SeededRandom.For(context.Seed, "ihris-locations");
        var locations = new List<IhrisLocationRecord> { new("SN", "Sénégal", false, null, "country", null, null) };
        foreach (var region in context.Regions)
        {
            locations.Add(new IhrisLocationRecord(JurisdictionId(region.Code), region.Name, false, "SN", "region", null, null));
            foreach (var district in context.Districts.Where(d => d.RegionCode == region.Code))
            {
                locations.Add(new IhrisLocationRecord(JurisdictionId(district.Code), district.Name, false, JurisdictionId(region.Code), "district", null, null));
            }
        }

        var habits = context.Regions.ToDictionary(r => r.Code, _ => random.PickWeighted(RegionHabits), StringComparer.Ordinal);
        foreach (var facility in facilities.Where(f => f.InIhris))
        {
            var type = facility.FormerType ?? facility.Type;
            var name = facility.FormerType is { } former ? facility.Name.WithLabel(former.French()) : facility.Name;
            locations.Add(new IhrisLocationRecord(
                facility.IhrisId!,
                Noise.Apply(name, type, habits[facility.District.RegionCode], random),
                true,
                JurisdictionId(facility.District.Code),
                TypeCode(type),
                facility.IhrisHasDhis2Id ? facility.Dhis2Uid : null,
                Coordinates.Apply(facility.Location, random)));
        }

        return locations;
    }

    /// <summary>"SN-DK-DC" → "SN.DK.DC".</summary>
    public static string JurisdictionId(string code) => code.Replace('-', '.');

    /// <summary>
    /// Codes of iHRIS 5's <c>ihris-facility-type</c> CodeSystem (HP, HC, hospital, CLC), plus <c>CASE</c> for
    /// the cases de santé a Senegal configuration adds.
    /// </summary>
    public static string TypeCode(FacilityType type) => type switch
    {
        FacilityType.PosteDeSante => "HP",
        FacilityType.CentreDeSanteType1 or FacilityType.CentreDeSanteType2 => "HC",
        FacilityType.EpsNiveau1 or FacilityType.EpsNiveau2 or FacilityType.EpsNiveau3 => "hospital",
        FacilityType.CaseDeSante => "CASE",
        _ => "CLC",
    };
}
