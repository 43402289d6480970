using System.Text.Json;
using System.Text.Json.Nodes;

namespace Passerelle.Emulators.Tests.Dhis2;

/// <summary>
/// Compares the shape of two JSON documents: same property names with the same JSON kinds, recursively,
/// values ignored. Array elements are compared as the union of their properties.
/// </summary>
internal static class JsonShape
{
    /// <summary>Where <paramref name="actual"/> lacks a property of <paramref name="expected"/> or has another kind; with <paramref name="strict"/> also extra properties.</summary>
    /// <remarks>Objects keyed by ids (analytics <c>metaData.items</c>) are maps: only keys present on both sides are compared.</remarks>
    public static IReadOnlyList<string> Differences(JsonNode? expected, JsonNode? actual, bool strict = false)
    {
        var differences = new List<string>();
        Compare("$", expected, actual, strict, differences);
        return differences;
    }

    private static readonly string[] MapPaths = ["$.metaData.items"];

    public static void AssertSameShape(JsonNode? expected, JsonNode? actual, bool strict = false)
    {
        var differences = Differences(expected, actual, strict);
        Assert.True(differences.Count == 0, "Shape differences:\n" + string.Join('\n', differences) + "\nActual: " + actual?.ToJsonString()[..Math.Min(2000, actual.ToJsonString().Length)]);
    }

    private static void Compare(string path, JsonNode? expected, JsonNode? actual, bool strict, List<string> differences)
    {
        if (expected is null)
        {
            return;
        }

        if (actual is null)
        {
            differences.Add($"{path}: missing (expected {Kind(expected)})");
            return;
        }

        if (Kind(expected) != Kind(actual))
        {
            differences.Add($"{path}: {Kind(actual)} instead of {Kind(expected)}");
            return;
        }

        switch (expected)
        {
            case JsonObject e when MapPaths.Contains(path):
                var map = (JsonObject)actual;
                var common = e.Where(p => map.ContainsKey(p.Key)).ToList();
                if (common.Count == 0)
                {
                    differences.Add($"{path}: no key in common");
                }

                foreach (var (key, value) in common)
                {
                    Compare($"{path}.{key}", value, map[key], strict, differences);
                }

                break;
            case JsonObject e:
                var a = (JsonObject)actual;
                foreach (var (name, value) in e)
                {
                    if (value is not null && !a.ContainsKey(name))
                    {
                        differences.Add($"{path}.{name}: missing");
                    }
                    else if (value is not null)
                    {
                        Compare($"{path}.{name}", value, a[name], strict, differences);
                    }
                }

                if (strict)
                {
                    differences.AddRange(a.Where(p => !e.ContainsKey(p.Key)).Select(p => $"{path}.{p.Key}: unexpected"));
                }

                break;
            case JsonArray e when e.Count > 0 && ((JsonArray)actual).Count > 0:
                Compare(path + "[]", Union(e), Union((JsonArray)actual), strict, differences);
                break;
        }
    }

    private static JsonNode? Union(JsonArray array)
    {
        if (array.All(e => e is JsonObject))
        {
            var union = new JsonObject();
            foreach (var element in array.Cast<JsonObject>())
            {
                foreach (var (name, value) in element)
                {
                    if (value is not null && !union.ContainsKey(name))
                    {
                        union[name] = value.DeepClone();
                    }
                }
            }

            return union;
        }

        return array.FirstOrDefault(e => e is not null);
    }

    private static JsonValueKind Kind(JsonNode node) => node.GetValueKind() switch
    {
        JsonValueKind.True or JsonValueKind.False => JsonValueKind.True,
        var kind => kind,
    };
}
