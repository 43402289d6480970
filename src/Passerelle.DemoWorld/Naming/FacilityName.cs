namespace Passerelle.DemoWorld.Naming;

/// <summary>
/// A facility's name as its label and its place: "Poste de santé" + "de" + "Ndiaffate", or
/// "Clinique" + "Sokhna" when <paramref name="WithDe"/> is false.
/// </summary>
internal sealed record FacilityName(string Label, string Place, bool WithDe = true)
{
    public string Full => WithDe ? $"{Label} {Of(Place)}" : $"{Label} {Place}";

    /// <summary>"de Ndiaffate", "d'Ourossogui": French elides before a vowel.</summary>
    public static string Of(string place) =>
        place.Length > 0 && "AEIOUÉÈÊÎÔaeiouéèêîô".Contains(place[0]) ? "d'" + place : "de " + place;

    public FacilityName WithLabel(string label) => this with { Label = label };
}
