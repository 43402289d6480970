using System.Text.Json.Nodes;
using Passerelle.Testing;

namespace Passerelle.Emulators.Tests.Ihris;

/// <summary>The envelope of a Bundle as a set of property paths (e.g. <c>entry[].search.mode</c>),
/// leaving out resource content, which depends on the data, but keeping each resource's
/// <c>resourceType</c>, <c>id</c> and <c>meta.versionId/lastUpdated</c>.</summary>
internal static class BundleShape
{
    private static readonly string[] KeptResourcePaths =
    [
        "entry[].resource.resourceType", "entry[].resource.id", "entry[].resource.meta",
        "entry[].resource.meta.versionId", "entry[].resource.meta.lastUpdated",
    ];

    public static JsonObject Fixture(string name) =>
        JsonNode.Parse(File.ReadAllText(RepositoryPaths.ReferenceFile("ihris", "data", "synthetic", name)))!.AsObject();

    public static SortedSet<string> Of(JsonNode node)
    {
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        Collect(node, string.Empty, paths);
        paths.RemoveWhere(p => p.StartsWith("entry[].resource.", StringComparison.Ordinal) && !KeptResourcePaths.Contains(p));
        return paths;
    }

    private static void Collect(JsonNode? node, string path, SortedSet<string> paths)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    var child = path.Length == 0 ? name : path + "." + name;
                    paths.Add(child);
                    Collect(value, child, paths);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Collect(item, path + "[]", paths);
                }

                break;
        }
    }
}
