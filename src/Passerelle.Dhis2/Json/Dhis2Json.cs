using System.Text.Json;
using System.Text.Json.Serialization;

namespace Passerelle.Dhis2.Json;

/// <summary>JSON settings matching DHIS2: camelCase, nulls omitted on write, unknown fields ignored on read.</summary>
internal static class Dhis2Json
{
    public static JsonSerializerOptions Options { get; } = Create(writeIndented: false);

    public static JsonSerializerOptions Indented { get; } = Create(writeIndented: true);

    private static JsonSerializerOptions Create(bool writeIndented)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            WriteIndented = writeIndented,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new Dhis2TimestampConverter());
        options.Converters.Add(new Dhis2DateConverter());
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
