using System.Text.Json.Nodes;
using Passerelle.Emulators.Dhis2.Api;

namespace Passerelle.Emulators.Dhis2.Metadata;

/// <summary>
/// The metadata import of <c>POST /api/metadata</c> (web-api.md §5.1–§5.2): identifies objects by uid (or code),
/// validates required properties (E4000), references (E5002), unique codes (E5003) and the strategy
/// (E5000/E5001), then commits all (atomicMode ALL) or the valid ones (NONE), unless importMode=VALIDATE.
/// Objects the importing user may not create or update get E3000/E3001 (null user: the system itself, no check).
/// Callers hold the store lock.
/// </summary>
internal sealed class MetadataImporter(Dhis2EmulatorState state, Dhis2User? user = null)
{
    private static readonly HashSet<string> Computed = new(StringComparer.Ordinal)
    {
        "displayName", "displayShortName", "displayFormName", "displayDescription", "href", "access", "favorite", "favorites",
        "children", "ancestors", "leaf", "level", "path", "dimensionItem", "dimensionItemType",
    };

    private static readonly HashSet<string> NotValidated = new(StringComparer.Ordinal)
    {
        "sharing", "translations", "attributeValues", "userGroupAccesses", "userAccesses", "createdBy", "lastUpdatedBy", "user",
    };

    public MetadataImportResult Import(JsonObject payload, ImportOptions options, DateTimeOffset now)
    {
        var store = state.Store;
        var objects = Identify(payload, options);
        var known = objects.Select(o => (o.Type.Collection, o.Uid)).ToHashSet();
        var codes = new Dictionary<(string, string), string>();
        foreach (var item in objects)
        {
            Validate(item, options, known, codes);
        }

        var hasErrors = objects.Any(o => o.Errors.Count > 0);
        var status = hasErrors ? (options.Atomic ? "ERROR" : "WARNING") : "OK";
        var commit = !options.Validate && !(hasErrors && options.Atomic);
        if (commit)
        {
            foreach (var item in objects.Where(o => o.Errors.Count == 0))
            {
                Commit(item, options, now);
            }

            if (objects.Any(o => o.Type.Collection == "organisationUnits"))
            {
                store.RebuildHierarchy();
            }

            if (objects.Any(o => o.Type.Collection is "categoryCombos" or "categories" or "categoryOptions"))
            {
                CategoryOptionComboGenerator.Generate(store, now);
            }
        }

        return new MetadataImportResult(status, objects, options, ignoreAll: hasErrors && options.Atomic);
    }

    private List<ImportedObject> Identify(JsonObject payload, ImportOptions options)
    {
        var result = new List<ImportedObject>();
        var collections = payload.Where(p => p.Value is JsonArray)
            .OrderBy(p => MetadataSchema.Order(p.Key)).ThenBy(p => p.Key, StringComparer.Ordinal);
        foreach (var (collection, node) in collections)
        {
            var type = MetadataSchema.Resolve(collection);
            var index = 0;
            foreach (var element in (JsonArray)node!)
            {
                if (element is not JsonObject source)
                {
                    continue;
                }

                var value = (JsonObject)source.DeepClone();
                var uid = Dhis2Json.Str(value["id"]);
                JsonObject? existing = null;
                if (uid is not null && options.Identifier != "CODE")
                {
                    existing = state.Store.Get(collection, uid);
                }

                if (existing is null && options.Identifier != "UID" && Dhis2Json.Str(value["code"]) is { } code)
                {
                    existing = state.Store.FindBy(collection, "code", code);
                    uid = existing is not null ? (string)existing["id"]! : uid;
                }

                uid ??= state.NewUid();
                value["id"] = uid;
                result.Add(new ImportedObject(type, index++, value, uid, existing));
            }
        }

        return result;
    }

    private void Validate(ImportedObject item, ImportOptions options, HashSet<(string, string)> known, Dictionary<(string, string), string> codes)
    {
        var type = item.Type;
        switch (options.Strategy)
        {
            case "CREATE" when item.Existing is not null:
                item.Error("E5000", $"Found matching object for reference, but import mode is CREATE. Identifier was {item.Uid}, and object was {type.Name}.", properties: [item.Uid, type.Name]);
                return;
            case "UPDATE" or "DELETE" when item.Existing is null:
                item.Error("E5001", $"No matching object for reference. Identifier was {item.Uid}, and object was {type.Name}.", properties: [item.Uid, type.Name]);
                return;
            case "DELETE":
                return;
        }

        if (user is not null && !Security.Dhis2Authorities.CanWrite(user, type.Collection))
        {
            if (item.Existing is null)
            {
                item.Error("E3000", $"User `{user.Username}` is not allowed to create objects of type {type.Name}.", properties: [user.Username, type.Name]);
            }
            else
            {
                item.Error("E3001", $"User `{user.Username}` is not allowed to update object `{Describe(item.Uid, type.Name)}`.", properties: [user.Username, item.Uid]);
            }

            return;
        }

        foreach (var property in type.Required)
        {
            if (item.Value[property] is null || (item.Value[property] is JsonValue v && v.TryGetValue<string>(out var s) && s.Length == 0))
            {
                item.Error("E4000", $"Missing required property `{property}`.", property, [property]);
            }
        }

        CheckReferences(item, type.Collection, item.Value, known, depth: 0);
        if (Dhis2Json.Str(item.Value["code"]) is { } code)
        {
            var other = state.Store.FindBy(type.Collection, "code", code);
            var otherId = other is not null && Dhis2Json.Str(other["id"]) != item.Uid ? Dhis2Json.Str(other["id"]) : null;
            if (otherId is null && codes.TryGetValue((type.Collection, code), out var earlier) && earlier != item.Uid)
            {
                otherId = earlier;
            }

            if (otherId is not null)
            {
                item.Error("E5003", $"Property `code` with value `{code}` on object {Describe(item.Uid, type.Name)} already exists on object {Describe(otherId, type.Name)}.", "code", ["code", code, item.Uid, otherId], value: code);
            }

            codes.TryAdd((type.Collection, code), item.Uid);
        }
    }

    private void CheckReferences(ImportedObject item, string? owner, JsonObject value, HashSet<(string, string)> known, int depth)
    {
        foreach (var (property, node) in value)
        {
            if (node is null || NotValidated.Contains(property) || Computed.Contains(property))
            {
                continue;
            }

            var target = MetadataSchema.ReferenceTarget(owner, property);
            IEnumerable<JsonNode?> elements = node is JsonArray array ? array : new[] { node };
            foreach (var element in elements)
            {
                if (element is not JsonObject o)
                {
                    continue;
                }

                if (target is not null && Dhis2Json.Str(o["id"]) is { } id)
                {
                    if (state.Store.Get(target, id) is null && !known.Contains((target, id)))
                    {
                        var targetType = MetadataSchema.Resolve(target);
                        item.Error(
                            "E5002",
                            $"Invalid reference {Describe(id, targetType.Name)} on object {Describe(item.Uid, item.Type.Name)} for association `{property}`.",
                            property,
                            [id, item.Uid, property],
                            targetType.Klass);
                    }
                }
                else if (target is null && depth < 3)
                {
                    CheckReferences(item, null, o, known, depth + 1);
                }
            }
        }
    }

    private void Commit(ImportedObject item, ImportOptions options, DateTimeOffset now)
    {
        var store = state.Store;
        var collection = item.Type.Collection;
        if (options.Strategy == "DELETE")
        {
            store.Remove(collection, item.Uid);
            return;
        }

        var value = item.Value;
        foreach (var name in Computed.Where(value.ContainsKey).ToList())
        {
            value.Remove(name);
        }

        if (options.Merge && item.Existing is not null)
        {
            var merged = (JsonObject)item.Existing.DeepClone();
            foreach (var (name, node) in value)
            {
                merged[name] = node?.DeepClone();
            }

            value = merged;
        }

        var timestamp = Dhis2Json.MetadataTimestamp(now);
        value["created"] = item.Existing?["created"]?.DeepClone() ?? (value["created"]?.DeepClone() ?? timestamp);
        value["lastUpdated"] = timestamp;
        ApplyDefaults(collection, value);
        store.Put(collection, value);
    }

    private static void ApplyDefaults(string collection, JsonObject value)
    {
        switch (collection)
        {
            case "dataElements":
                value["categoryCombo"] ??= Dhis2Json.Ref(MetadataView.DefaultCategoryCombo);
                value["zeroIsSignificant"] ??= false;
                break;
            case "dataSets":
                value["categoryCombo"] ??= Dhis2Json.Ref(MetadataView.DefaultCategoryCombo);
                if (value["dataSetElements"] is JsonArray elements)
                {
                    foreach (var element in elements.OfType<JsonObject>())
                    {
                        element["dataSet"] ??= Dhis2Json.Ref((string)value["id"]!);
                    }
                }

                break;
            case "indicators":
                value["annualized"] ??= false;
                break;
        }
    }

    private static string Describe(string uid, string klass) => $"[{uid}] ({klass})";
}
