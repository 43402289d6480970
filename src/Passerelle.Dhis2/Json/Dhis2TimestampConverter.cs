using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Passerelle.Dhis2.Json;

/// <summary>
/// Reads DHIS2 timestamps: <c>2012-02-17T15:54:39.987</c> (metadata, no zone: taken as UTC),
/// <c>2012-08-11T00:00:00.000+0000</c> (data values) and plain <c>2024-01-31</c> (web-api.md §1).
/// </summary>
internal sealed class Dhis2TimestampConverter : JsonConverter<DateTimeOffset>
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'",
        "yyyy-MM-dd",
    ];

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString() ?? throw new JsonException("Horodatage vide / empty timestamp");
        return Parse(text);
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff", CultureInfo.InvariantCulture));
    }

    internal static DateTimeOffset Parse(string text)
    {
        // DHIS2 writes "+0000"; .NET's zzz wants "+00:00".
        var normalised = text.Length > 5 && (text[^5] == '+' || text[^5] == '-') && char.IsDigit(text[^1])
            ? text[..^2] + ":" + text[^2..]
            : text;
        if (DateTimeOffset.TryParseExact(normalised, Formats, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value))
        {
            return value;
        }

        throw new JsonException($"Horodatage DHIS2 illisible « {text} » / unreadable DHIS2 timestamp '{text}'");
    }
}
