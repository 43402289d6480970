using System.Text.Json;
using System.Text.Json.Nodes;
using Passerelle.Dhis2.Json;

namespace Passerelle.Dhis2.Metadata;

/// <summary>What importing a package would change in DHIS2, object by object.</summary>
public enum MetadataChangeKind
{
    /// <summary>Not in DHIS2: the import creates it.</summary>
    Added,

    /// <summary>In DHIS2 with other values: the import updates it.</summary>
    Changed,

    /// <summary>In DHIS2 exactly as the package has it.</summary>
    Unchanged,

    /// <summary>In DHIS2 with Passerelle's code prefix but no longer in the package: left in place, to review by hand.</summary>
    NoLongerGenerated,
}

/// <summary>One object of the comparison, with the properties that differ when <see cref="Kind"/> is Changed.</summary>
public sealed record MetadataObjectChange(string Type, string Id, string? Code, string? Name, MetadataChangeKind Kind, IReadOnlyList<string> Properties);

/// <summary>
/// Compares a package with what DHIS2 holds (a <c>GET /api/metadata</c> export of the same types): only the
/// properties the package sets are compared; lists of references are compared as sets; translations and sharing,
/// which DHIS2 may enrich, are left out.
/// </summary>
public sealed record MetadataPackageDiff(IReadOnlyList<MetadataObjectChange> Objects)
{
    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal) { "translations", "sharing", "created", "lastUpdated" };

    public int Count(MetadataChangeKind kind) => Objects.Count(o => o.Kind == kind);

    /// <summary>The collections a package fills, for the export that feeds <see cref="Compare"/>.</summary>
    public static IReadOnlyList<string> TypesOf(Dhis2MetadataPackage package) =>
        [.. Collections(package).Select(c => c.Key)];

    public static MetadataPackageDiff Compare(Dhis2MetadataPackage package, JsonObject exported, string codePrefix)
    {
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(exported);
        var changes = new List<MetadataObjectChange>();
        foreach (var (type, items) in Collections(package))
        {
            var held = (exported[type] as JsonArray ?? []).OfType<JsonObject>()
                .Where(o => Text(o["id"]) is not null)
                .ToDictionary(o => Text(o["id"])!, StringComparer.Ordinal);
            var generated = new HashSet<string>(StringComparer.Ordinal);
            foreach (var wanted in items.OfType<JsonObject>())
            {
                var id = Text(wanted["id"])!;
                generated.Add(id);
                var code = Text(wanted["code"]);
                var name = Text(wanted["name"]);
                if (!held.TryGetValue(id, out var existing))
                {
                    changes.Add(new(type, id, code, name, MetadataChangeKind.Added, []));
                    continue;
                }

                var differing = wanted
                    .Where(p => !Ignored.Contains(p.Key) && !SameValue(p.Value, existing[p.Key]))
                    .Select(p => p.Key)
                    .ToList();
                changes.Add(new(type, id, code, name, differing.Count == 0 ? MetadataChangeKind.Unchanged : MetadataChangeKind.Changed, differing));
            }

            foreach (var (id, existing) in held.Where(h => !generated.Contains(h.Key)))
            {
                if (Text(existing["code"]) is { } code && code.StartsWith(codePrefix, StringComparison.Ordinal))
                {
                    changes.Add(new(type, id, code, Text(existing["name"]), MetadataChangeKind.NoLongerGenerated, []));
                }
            }
        }

        return new MetadataPackageDiff(changes);
    }

    private static IEnumerable<KeyValuePair<string, JsonArray>> Collections(Dhis2MetadataPackage package)
    {
        var document = JsonSerializer.SerializeToNode(package, Dhis2Json.Options)!.AsObject();
        return document.Where(p => p.Value is JsonArray { Count: > 0 }).Select(p => KeyValuePair.Create(p.Key, (JsonArray)p.Value!));
    }

    private static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static bool SameValue(JsonNode? wanted, JsonNode? held) => Canonical(wanted) == Canonical(held);

    /// <summary>A comparable text: object keys sorted, arrays sorted (DHIS2 does not keep collection order), nulls and empties alike.</summary>
    private static string Canonical(JsonNode? node) => node switch
    {
        null => "",
        JsonArray { Count: 0 } => "",
        JsonArray array => "[" + string.Join(",", array.Select(Canonical).Order(StringComparer.Ordinal)) + "]",
        JsonObject obj => "{" + string.Join(",", obj.Where(p => !Ignored.Contains(p.Key) && Canonical(p.Value).Length > 0)
            .OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + ":" + Canonical(p.Value))) + "}",
        _ => node.ToJsonString(),
    };
}
