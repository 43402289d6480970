using Passerelle.DemoWorld.Naming;

namespace Passerelle.DemoWorld.Generation;

/// <summary>
/// How a region's health map and workforce look, in broad strokes. The figures are demo assumptions shaped
/// on reference/senegal/senegal.md §2–§3: Dakar dense and over-staffed (42% of health staff in 2022), the
/// east and south remote and short of staff, about 1 poste de santé per 10,000 inhabitants elsewhere.
/// </summary>
/// <param name="Urbanity">Share of the population living in towns (0–1).</param>
/// <param name="Remoteness">0 for Dakar, towards 1 for the hardest-to-staff regions.</param>
/// <param name="PeoplePerPoste">Inhabitants per poste de santé in a well-served district, outside the centres' towns.</param>
/// <param name="StaffFactor">Multiplies headcounts: above 1 is a surplus, below 1 a shortage.</param>
/// <param name="Flavours">Languages of the place and family names, with weights.</param>
internal sealed record RegionProfile(
    string Code,
    double Urbanity,
    double Remoteness,
    double PeoplePerPoste,
    double StaffFactor,
    IReadOnlyList<(NameFlavour Item, double Weight)> Flavours)
{
    public bool IsCapital => Code == "SN-DK";

    public static RegionProfile For(string regionCode) => regionCode switch
    {
        "SN-DK" => new(regionCode, 1.0, 0.0, 26_000, 1.3, [(NameFlavour.UrbanDakar, 0.7), (NameFlavour.Wolof, 0.3)]),
        "SN-TH" => new(regionCode, 0.5, 0.1, 9_600, 1.05, [(NameFlavour.Wolof, 0.6), (NameFlavour.Serer, 0.4)]),
        "SN-DB" => new(regionCode, 0.45, 0.2, 11_200, 0.9, [(NameFlavour.Wolof, 0.85), (NameFlavour.Serer, 0.15)]),
        "SN-FK" => new(regionCode, 0.15, 0.3, 7_600, 0.9, [(NameFlavour.Serer, 0.7), (NameFlavour.Wolof, 0.3)]),
        "SN-KA" => new(regionCode, 0.1, 0.5, 8_800, 0.8, [(NameFlavour.Wolof, 0.7), (NameFlavour.Pulaar, 0.3)]),
        "SN-KL" => new(regionCode, 0.25, 0.3, 9_200, 0.9, [(NameFlavour.Wolof, 0.6), (NameFlavour.Serer, 0.2), (NameFlavour.Pulaar, 0.2)]),
        "SN-KE" => new(regionCode, 0.1, 0.9, 5_600, 0.7, [(NameFlavour.Mandinka, 0.5), (NameFlavour.Pulaar, 0.5)]),
        "SN-KD" => new(regionCode, 0.15, 0.7, 8_000, 0.75, [(NameFlavour.Pulaar, 0.7), (NameFlavour.Mandinka, 0.3)]),
        "SN-LG" => new(regionCode, 0.15, 0.4, 8_000, 0.85, [(NameFlavour.Wolof, 0.7), (NameFlavour.Pulaar, 0.3)]),
        "SN-MT" => new(regionCode, 0.15, 0.7, 7_600, 0.75, [(NameFlavour.Pulaar, 0.9), (NameFlavour.Wolof, 0.1)]),
        "SN-SL" => new(regionCode, 0.3, 0.4, 8_400, 0.9, [(NameFlavour.Wolof, 0.5), (NameFlavour.Pulaar, 0.5)]),
        "SN-SE" => new(regionCode, 0.1, 0.7, 7_600, 0.75, [(NameFlavour.Mandinka, 0.7), (NameFlavour.Diola, 0.15), (NameFlavour.Pulaar, 0.15)]),
        "SN-TC" => new(regionCode, 0.15, 0.85, 7_600, 0.7, [(NameFlavour.Mandinka, 0.5), (NameFlavour.Pulaar, 0.5)]),
        "SN-ZG" => new(regionCode, 0.3, 0.5, 6_800, 0.9, [(NameFlavour.Diola, 0.75), (NameFlavour.Mandinka, 0.25)]),
        _ => throw new ArgumentOutOfRangeException(nameof(regionCode), regionCode, "Région inconnue / unknown region"),
    };
}
