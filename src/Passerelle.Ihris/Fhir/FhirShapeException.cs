namespace Passerelle.Ihris.Fhir;

/// <summary>
/// An answer that is not readable FHIR JSON, with what is wrong and where in the text; the HTTP reader
/// adds the URL before it reaches the user.
/// </summary>
internal sealed class FhirShapeException(string message, Exception? inner = null) : Exception(message, inner);
