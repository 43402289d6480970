using System.Text.Json.Nodes;
using Passerelle.Emulators.Dhis2.Api;

namespace Passerelle.Emulators.Dhis2.Metadata;

/// <summary>
/// A stored object as the API shows it: its stored properties plus those DHIS2 computes (displayName, href,
/// children, ancestors, leaf, categoryOptionCombos…). Callers hold the store lock.
/// </summary>
internal sealed class MetadataView(Dhis2Store store, string apiRoot)
{
    public const string DefaultCategoryCombo = "bjDvmb4bfuf";

    public Dhis2Store Store => store;

    public string ApiRoot => apiRoot;

    public IEnumerable<string> PropertyNames(string? collection, JsonObject stored)
    {
        var names = stored.Select(p => p.Key).ToList();
        if (collection is null)
        {
            return names;
        }

        var computed = new List<string>();
        if (stored.ContainsKey("name"))
        {
            computed.Add("displayName");
        }

        if (stored.ContainsKey("shortName"))
        {
            computed.Add("displayShortName");
        }

        computed.Add("href");
        computed.AddRange(collection switch
        {
            "organisationUnits" => ["children", "ancestors", "leaf"],
            "categoryCombos" => ["categoryOptionCombos", "isDefault"],
            "organisationUnitGroups" => ["groupSets"],
            "dataElements" or "indicators" => ["dimensionItem", "displayFormName"],
            _ => [],
        });
        return names.Concat(computed.Where(c => !stored.ContainsKey(c)));
    }

    /// <summary>The property value (stored or computed), not copied; null when absent.</summary>
    public JsonNode? Get(string? collection, JsonObject stored, string property)
    {
        if (stored.TryGetPropertyValue(property, out var value) && value is not null && !IsComputedOverride(collection, property))
        {
            return value;
        }

        var id = Dhis2Json.Str(stored["id"]);
        return (collection, property) switch
        {
            (_, "displayName") => stored["name"],
            (_, "displayShortName") => stored["shortName"],
            (_, "displayFormName") => stored["formName"] ?? stored["name"],
            (_, "dimensionItem") when id is not null => JsonValue.Create(id),
            (not null, "href") when id is not null => JsonValue.Create($"{apiRoot}/{collection}/{id}"),
            ("organisationUnits", "children") when id is not null => Dhis2Json.Refs(store.ChildrenOf(id)),
            ("organisationUnits", "leaf") when id is not null => JsonValue.Create(store.ChildrenOf(id).Count == 0),
            ("organisationUnits", "ancestors") => Ancestors(stored),
            ("categoryCombos", "categoryOptionCombos") when id is not null => Dhis2Json.Refs(store.All("categoryOptionCombos")
                .Where(c => Dhis2Json.Id(c["categoryCombo"]) == id).Select(c => (string)c["id"]!)),
            ("categoryCombos", "isDefault") => JsonValue.Create(id == DefaultCategoryCombo),
            ("organisationUnitGroups", "groupSets") when id is not null => Dhis2Json.Refs(store.All("organisationUnitGroupSets")
                .Where(s => s["organisationUnitGroups"] is JsonArray groups && groups.Any(g => Dhis2Json.Id(g) == id))
                .Select(s => (string)s["id"]!)),
            _ => null,
        };
    }

    private static bool IsComputedOverride(string? collection, string property) =>
        collection == "organisationUnits" && property is "children" or "ancestors" or "leaf";

    private static JsonArray Ancestors(JsonObject unit)
    {
        var path = Dhis2Json.Str(unit["path"]) ?? "";
        var ids = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return Dhis2Json.Refs(ids.Take(Math.Max(0, ids.Length - 1)));
    }
}
