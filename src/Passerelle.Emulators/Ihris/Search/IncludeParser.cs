using System.Text.Json.Nodes;

namespace Passerelle.Emulators.Ihris.Search;

/// <summary>The <c>_include</c> targets the emulator follows, and how each finds its references.</summary>
internal static class IncludeParser
{
    private static readonly Dictionary<string, Func<JsonObject, IEnumerable<string?>>> References = new(StringComparer.Ordinal)
    {
        ["PractitionerRole:practitioner"] = r => [JsonPaths.Reference(r["practitioner"])],
        ["PractitionerRole:location"] = r => JsonPaths.Select(r, "location").Select(JsonPaths.Reference),
        ["Location:partof"] = r => [JsonPaths.Reference(r["partOf"])],
        ["Location:organization"] = r => [JsonPaths.Reference(r["managingOrganization"])],
        ["Organization:partof"] = r => [JsonPaths.Reference(r["partOf"])],
    };

    public static IncludeSpec? Parse(string value, bool iterate)
    {
        // HAPI accepts an optional third part naming the target type (PractitionerRole:location:Location).
        var parts = value.Split(':');
        if (parts.Length < 2 || !References.ContainsKey(parts[0] + ":" + parts[1]))
        {
            return null;
        }

        return new IncludeSpec(parts[0], parts[1], iterate);
    }

    /// <summary>The references (<c>Type/id</c>) an include follows from one resource.</summary>
    public static IEnumerable<string> Follow(IncludeSpec include, JsonObject resource) =>
        References[include.ToString()](resource).OfType<string>().Where(r => r.Length > 0);
}
