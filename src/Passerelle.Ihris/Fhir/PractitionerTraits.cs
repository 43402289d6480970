using Hl7.Fhir.Model;
using Passerelle.Core.Workforce;

namespace Passerelle.Ihris.Fhir;

/// <summary>
/// All the reader keeps of a Practitioner: sex and year of birth. Names, identifiers, telecom,
/// address, the full birth date and every extension are dropped the moment the resource is read.
/// </summary>
internal readonly record struct PractitionerTraits(Sex Sex, int? BirthYear)
{
    public static readonly PractitionerTraits Unknown = new(Sex.Unknown, null);

    public static PractitionerTraits Of(Practitioner practitioner) =>
        new(SexOf(FhirValues.Text(practitioner.GenderElement)), FhirValues.Year(practitioner.BirthDateElement));

    internal static Sex SexOf(string? gender) => gender?.ToLowerInvariant() switch
    {
        "female" or "f" or "féminin" or "feminin" => Sex.Female,
        "male" or "m" or "masculin" => Sex.Male,
        _ => Sex.Unknown,
    };
}
