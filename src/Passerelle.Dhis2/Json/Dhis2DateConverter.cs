using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Passerelle.Dhis2.Json;

/// <summary>Reads the date part of DHIS2 dates such as <c>openingDate: "1970-01-01T00:00:00.000"</c>; writes <c>yyyy-MM-dd</c>.</summary>
internal sealed class Dhis2DateConverter : JsonConverter<DateOnly>
{
    public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        if (text is { Length: >= 10 } && DateOnly.TryParseExact(text.AsSpan(0, 10), "yyyy-MM-dd",
                CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        throw new JsonException($"Date DHIS2 illisible « {text} » / unreadable DHIS2 date '{text}'");
    }

    public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }
}
