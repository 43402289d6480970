using System.Globalization;
using Hl7.Fhir.Model;

namespace Passerelle.Ihris.Fhir;

/// <summary>
/// Reads values off leniently parsed POCOs without throwing: a primitive whose JSON was wrong
/// (<c>""</c>, a string for a number) holds the raw text, and is treated as absent or parsed here.
/// </summary>
internal static class FhirValues
{
    public static string? Text(PrimitiveType? element) =>
        element?.JsonValue?.ToString() is { } text && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;

    public static bool? Boolean(PrimitiveType? element) => element?.JsonValue switch
    {
        bool value => value,
        string text when bool.TryParse(text.Trim(), out var parsed) => parsed,
        _ => null,
    };

    public static double? Number(PrimitiveType? element) => element?.JsonValue switch
    {
        decimal value => (double)value,
        string text when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };

    /// <summary>A FHIR date or dateTime (<c>YYYY</c>, <c>YYYY-MM</c>, <c>YYYY-MM-DD…</c>) as a date; partial dates take the first day.</summary>
    public static DateOnly? Date(PrimitiveType? element)
    {
        var text = Text(element);
        if (text is null || text.Length < 4 || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return null;
        }

        var month = text.Length >= 7 && int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m) ? m : 1;
        var day = text.Length >= 10 && int.TryParse(text.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var d) ? d : 1;
        return year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }

    /// <summary>The year of a FHIR date, and nothing more: the reader keeps no full birth date.</summary>
    public static int? Year(PrimitiveType? element)
    {
        var text = Text(element);
        return text is { Length: >= 4 } && int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year > 1800
            ? year
            : null;
    }

    public static DateTimeOffset? Instant(PrimitiveType? element) =>
        Text(element) is { } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
            ? value
            : null;

    /// <summary>
    /// The id a reference points at, whatever its form: <c>Practitioner/x</c>, an absolute URL,
    /// <c>…/_history/2</c>, or the wrong type prefix some iHRIS 4.3 suppliers write (<c>Location/x</c> for a practitioner).
    /// </summary>
    public static string? ReferenceId(ResourceReference? reference)
    {
        var text = Text(reference?.ReferenceElement);
        if (text is null)
        {
            return null;
        }

        var path = Uri.TryCreate(text, UriKind.Absolute, out var absolute) ? absolute.AbsolutePath : text;
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var history = Array.IndexOf(segments, "_history");
        if (history > 0)
        {
            segments = segments[..history];
        }

        return segments.Length == 0 ? null : Uri.UnescapeDataString(segments[^1]);
    }

    /// <summary>The codes of all codings, trimmed, whatever their system (iHRIS systems are unreliable, §2.11).</summary>
    public static IEnumerable<string> Codes(IEnumerable<CodeableConcept?>? concepts) =>
        concepts?.SelectMany(c => c?.Coding ?? []).Select(c => Text(c.CodeElement)).OfType<string>() ?? [];

    public static IEnumerable<string> Codes(CodeableConcept? concept) => Codes([concept]);

    /// <summary>The valueCoding code of the first extension whose URL ends with <paramref name="urlSuffix"/>.</summary>
    public static string? ExtensionCode(DomainResource resource, string urlSuffix) =>
        resource.Extension
            .Where(e => e.Url?.EndsWith(urlSuffix, StringComparison.OrdinalIgnoreCase) == true)
            .Select(e => e.Value is Coding coding ? Text(coding.CodeElement) : e.Value is Code code ? Text(code) : null)
            .FirstOrDefault(code => code is not null);
}
