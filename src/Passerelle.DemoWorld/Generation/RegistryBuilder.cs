using Passerelle.Core.Facilities;
using Passerelle.DemoWorld.Model;
using Passerelle.DemoWorld.Naming;
using Passerelle.DemoWorld.Randomness;

namespace Passerelle.DemoWorld.Generation;

/// <summary>
/// The Carte sanitaire list as the ministry keeps it: full names, the type it last recorded (an upgraded
/// poste is still a poste here), "Fermé" for closed facilities, some coordinates and populations missing.
/// </summary>
internal static class RegistryBuilder
{
    public const string Open = "Fonctionnel";
    public const string Closed = "Fermé";

    private static readonly CoordinateNoise Coordinates = new(Missing: 0.04, Shifted: 0.0, Decimals: 5);

    public static List<RegistryRecord> Build(IReadOnlyList<PlannedFacility> facilities, GenerationContext context)
    {
        var random = SeededRandom.For(context.Seed, "registry");
        var records = new List<RegistryRecord>();
        foreach (var facility in facilities.Where(f => f.InRegistry))
        {
            var type = facility.FormerType ?? facility.Type;
            var name = facility.FormerType is { } former ? facility.Name.WithLabel(former.French()).Full : facility.Name.Full;
            if (random.Chance(0.02))
            {
                name = NameVariants.DropAccents(name);
            }

            var location = Coordinates.Apply(facility.Location, random);
            long? population = facility.IsPublic && random.Chance(0.97) && type != FacilityType.EpsNiveau3
                ? facility.Catchment
                : facility.Type == FacilityType.CaseDeSante && random.Chance(0.9) ? facility.Catchment : null;
            records.Add(new RegistryRecord(
                facility.RegistryCode!,
                name,
                type.French(),
                OwnershipLabel(facility.Ownership),
                context.RegionOf(facility.District).Name,
                facility.District.Name,
                location?.Latitude,
                location?.Longitude,
                population,
                facility.ClosedOn is null ? Open : Closed));
        }

        return records;
    }

    public static string OwnershipLabel(Ownership ownership) => ownership switch
    {
        Ownership.Public => "Public",
        Ownership.Private => "Privé",
        Ownership.Confessional => "Confessionnel",
        Ownership.Military => "Militaire",
        Ownership.Community => "Communautaire",
        _ => "",
    };
}
