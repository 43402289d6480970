using System.Text.Json.Nodes;
using Passerelle.Emulators.Dhis2.Api;

namespace Passerelle.Emulators.Dhis2.Metadata;

/// <summary>
/// <c>GET /api/metadata</c> (web-api.md §5.3): a <c>system</c> header, then one array per type. Types are chosen with
/// <c>{type}=true</c> (all types when none is named); <c>fields</c> defaults to <c>:owner</c> (the stored properties,
/// references as <c>{"id"}</c>); <c>filter</c> applies to every type and <c>{type}:filter</c>/<c>{type}:fields</c> to one;
/// <c>defaults=EXCLUDE</c> leaves out the <c>default</c> category objects. Types without objects are left out.
/// </summary>
internal static class MetadataExportEndpoint
{
    public static Task ExportAsync(Dhis2Request request)
    {
        if (request.Segments.Count > 1)
        {
            throw new Dhis2ApiException(404, $"No endpoint found for /api/{string.Join('/', request.Segments)}");
        }

        JsonObject body;
        lock (request.Store.Gate)
        {
            body = Export(request);
        }

        return request.WriteAsync(200, body);
    }

    private static JsonObject Export(Dhis2Request request)
    {
        var store = request.Store;
        var view = new MetadataView(store, request.ApiRoot);
        var selector = new FieldSelector(view);
        var named = request.Http.Request.Query.Keys
            .Where(key => MetadataSchema.Find(key) is not null && request.Flag(key))
            .ToHashSet(StringComparer.Ordinal);
        var collections = store.CollectionNames
            .Where(c => named.Count == 0 || named.Contains(c))
            .OrderBy(MetadataSchema.Order).ThenBy(c => c, StringComparer.Ordinal)
            .ToList();
        var excludeDefaults = string.Equals(request.Query("defaults"), "EXCLUDE", StringComparison.OrdinalIgnoreCase);
        var body = new JsonObject
        {
            ["system"] = new JsonObject
            {
                ["id"] = "eed3d451-4ff5-4193-b951-ffcc68954299",
                ["rev"] = "emulator",
                ["version"] = request.Version.Display,
                ["date"] = Dhis2Json.MetadataTimestamp(request.Now),
            },
        };
        foreach (var collection in collections)
        {
            var filters = ObjectFilter.Parse([.. request.QueryAll("filter"), .. request.QueryAll(collection + ":filter")]);
            var fields = request.Query(collection + ":fields") ?? request.Query("fields");
            var spec = fields is null || fields == ":owner" ? null : FieldSpec.ParseList(fields);
            var items = store.All(collection)
                .Where(o => !excludeDefaults || Dhis2Json.Str(o["name"]) != "default")
                .Where(o => filters.All(f => f.Matches(collection, o, view)))
                .OrderBy(o => Dhis2Json.Str(o["name"]) ?? "", StringComparer.OrdinalIgnoreCase)
                .ThenBy(o => Dhis2Json.Str(o["id"]), StringComparer.Ordinal)
                .Select(o => (JsonNode)selector.Apply(collection, o, spec ?? Owner(o)))
                .ToList();
            if (items.Count > 0)
            {
                body[collection] = new JsonArray([.. items]);
            }
        }

        return body;
    }

    /// <summary>The <c>:owner</c> preset: the properties the object itself holds, none of the computed ones.</summary>
    private static List<FieldSpec> Owner(JsonObject stored) =>
        [.. stored.Select(p => new FieldSpec(p.Key, null, null, null, Exclude: false))];
}
