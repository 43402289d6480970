using System.Text.Json;
using System.Text.Json.Nodes;

namespace Passerelle.Emulators.Ihris.Search;

/// <summary>Walks FHIR JSON the way FHIRPath does: arrays are flattened at every step.</summary>
internal static class JsonPaths
{
    public static IEnumerable<JsonNode> Select(JsonNode? node, params string[] path)
    {
        IEnumerable<JsonNode> current = node is null ? [] : [node];
        foreach (var step in path)
        {
            current = current.SelectMany(n => Flatten(n is JsonObject o ? o[step] : null));
        }

        return current.SelectMany(Flatten);
    }

    public static IEnumerable<string> Strings(JsonNode? node, params string[] path) =>
        Select(node, path).Select(AsString).OfType<string>();

    /// <summary>A primitive's text (strings as they are, booleans and numbers as JSON writes them).</summary>
    public static string? AsString(JsonNode? node) => node is JsonValue value
        ? value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>(),
            JsonValueKind.True or JsonValueKind.False or JsonValueKind.Number => value.ToJsonString(),
            _ => null,
        }
        : null;

    /// <summary>A reference's text: <c>{"reference":"Location/x"}</c> or the quirky bare string <c>"Location/x"</c>.</summary>
    public static string? Reference(JsonNode? node) => node switch
    {
        JsonObject o => AsString(o["reference"]),
        JsonValue => AsString(node),
        _ => null,
    };

    private static IEnumerable<JsonNode> Flatten(JsonNode? node) => node switch
    {
        null => [],
        JsonArray array => array.OfType<JsonNode>(),
        _ => [node],
    };
}
