using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace Passerelle.Ihris.Fhir;

/// <summary>
/// Firely's JSON deserializer in its most forgiving mode: real iHRIS data breaks the rules
/// (a string where a Reference belongs, <c>""</c> for absent values, wrong systems), and the reader
/// must still get every field it can. Values that did not parse stay out of the typed properties, so
/// readers go through <see cref="FhirValues"/>, which never throws on them.
/// </summary>
internal static class FhirResourceParser
{
    private static readonly FhirJsonDeserializer Deserializer =
        new(new DeserializerSettings().UsingMode(DeserializationMode.Ostrich));

    /// <summary>The resource in <paramref name="json"/>, or null when the text is not a FHIR resource at all.</summary>
    public static Resource? Parse(ReadOnlySpan<byte> json)
    {
        try
        {
            var reader = new Utf8JsonReader(json);
            Deserializer.TryDeserializeResource(ref reader, out var resource, out _);
            return resource;
        }
        catch (Exception e) when (e is JsonException or DeserializationFailedException or Hl7.Fhir.Validation.CodedValidationException)
        {
            // Even in its forgiving mode Firely gives up on some shapes (an "entry" that is a string):
            // the caller reports the answer as unreadable, naming the URL.
            return null;
        }
    }
}
