using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Passerelle.Emulators.Dhis2.Api;

/// <summary>JSON conventions of DHIS2: nulls omitted, metadata timestamps without zone, data value timestamps with +0000.</summary>
internal static class Dhis2Json
{
    public static JsonSerializerOptions Output { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary><c>yyyy-MM-dd'T'HH:mm:ss.SSS</c>, as metadata <c>created</c>/<c>lastUpdated</c>.</summary>
    public static string MetadataTimestamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff", CultureInfo.InvariantCulture);

    /// <summary><c>yyyy-MM-dd'T'HH:mm:ss.SSSZ</c> in UTC, as data value <c>created</c>/<c>lastUpdated</c>.</summary>
    public static string DataValueTimestamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff", CultureInfo.InvariantCulture) + "+0000";

    public static string? Str(JsonNode? node) => node switch
    {
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v when v.GetValueKind() is JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => v.ToJsonString(),
        _ => null,
    };

    public static string? Id(JsonNode? reference) => reference is JsonObject o ? Str(o["id"]) : Str(reference);

    public static bool Bool(JsonNode? node, bool fallback = false) => node switch
    {
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        JsonValue v when v.TryGetValue<string>(out var s) && bool.TryParse(s, out var b) => b,
        _ => fallback,
    };

    public static JsonObject Ref(string id) => new() { ["id"] = id };

    public static JsonArray Refs(IEnumerable<string> ids) => new([.. ids.Select(i => (JsonNode)Ref(i))]);
}
