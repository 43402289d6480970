using System.Text.Json.Nodes;
using Passerelle.Emulators.Dhis2.Api;
using Passerelle.Emulators.Dhis2.Metadata;

namespace Passerelle.Emulators.Dhis2.Worlds;

/// <summary>
/// Loads the Sierra Leone demo database from real recorded responses (embedded copies of
/// <c>reference/dhis2/fixtures</c>, see PROVENANCE.md here): org units levels 1–3 and the facilities of
/// Bombali Sebora, the four levels, the org unit groups, and the data entry metadata (26 data sets,
/// 601 data elements, 22 category combos with their option combos, indicators).
/// </summary>
internal static class SierraLeoneWorldLoader
{
    private static readonly string[] Computed =
        ["displayName", "displayShortName", "displayFormName", "displayDescription", "favorite", "dimensionItem", "isDefault", "access", "href"];

    public static void Load(Dhis2EmulatorState state, string timestamp)
    {
        var store = state.Store;
        foreach (var unit in Recorded("ade_v40_sl_orgunits_levels1-3.json")["organisationUnits"]!.AsArray()
                     .Concat(Recorded("ade_v40_sl_orgunit_children_KKkLOTpMXGV.json")["children"]!.AsArray()))
        {
            store.Put("organisationUnits", OrgUnit(unit!.AsObject(), timestamp));
        }

        foreach (var level in Resource("android_organisationunit_organisation_unit_levels.json")["organisationUnitLevels"]!.AsArray())
        {
            store.Put("organisationUnitLevels", Clean(level!.AsObject()));
        }

        foreach (var group in Recorded("maps_v31_sl_organisationUnitGroups.json")["organisationUnitGroups"]!.AsArray())
        {
            var value = Clean(group!.AsObject());
            value["shortName"] = value["name"]!.DeepClone();
            value["created"] = timestamp;
            value["lastUpdated"] = timestamp;
            store.Put("organisationUnitGroups", value);
        }

        LoadDataEntryMetadata(store, Recorded("ade_v40_sl_dataEntry_metadata.json"));
        store.RebuildHierarchy();

        // The e2e setup package adds codes, geometry and Ngelehun CHC under Badjia, through the real import path.
        var setup = Resource("core_e2e_setup_metadata.json");
        new MetadataImporter(state).Import(setup, new ImportOptions(false, "CREATE_AND_UPDATE", false, "UID", "ERRORS", true), DateTimeOffset.Parse(timestamp + "Z", System.Globalization.CultureInfo.InvariantCulture));
        store.RebuildHierarchy();
    }

    private static void LoadDataEntryMetadata(Dhis2Store store, JsonObject metadata)
    {
        foreach (var option in metadata["categoryOptions"]!.AsArray())
        {
            store.Put("categoryOptions", Clean(option!.AsObject()));
        }

        foreach (var category in metadata["categories"]!.AsArray())
        {
            var value = Clean(category!.AsObject());
            value["categoryOptions"] = IdsToRefs(value["categoryOptions"]);
            store.Put("categories", value);
        }

        foreach (var combo in metadata["categoryCombos"]!.AsArray())
        {
            var value = Clean(combo!.AsObject());
            value["categories"] = IdsToRefs(value["categories"]);
            foreach (var optionCombo in (value["categoryOptionCombos"] as JsonArray ?? []).OfType<JsonObject>())
            {
                var coc = Clean(optionCombo);
                coc["categoryCombo"] = Dhis2Json.Ref((string)value["id"]!);
                coc["categoryOptions"] = IdsToRefs(coc["categoryOptions"]);
                coc["ignoreApproval"] = false;
                store.Put("categoryOptionCombos", coc);
            }

            value.Remove("categoryOptionCombos");
            store.Put("categoryCombos", value);
        }

        foreach (var collection in new[] { "dataElements", "indicators", "optionSets" })
        {
            foreach (var item in metadata[collection]!.AsArray())
            {
                store.Put(collection, Clean(item!.AsObject()));
            }
        }

        foreach (var dataSet in metadata["dataSets"]!.AsArray())
        {
            var value = Clean(dataSet!.AsObject());
            value["organisationUnits"] = IdsToRefs(value["organisationUnits"]);
            store.Put("dataSets", value);
        }
    }

    private static JsonObject OrgUnit(JsonObject recorded, string timestamp)
    {
        var path = ((string)recorded["path"]!).Split('/', StringSplitOptions.RemoveEmptyEntries);
        var name = (string)recorded["displayName"]!;
        var unit = new JsonObject
        {
            ["id"] = recorded["id"]!.DeepClone(),
            ["name"] = name,
            ["shortName"] = name.Length > 50 ? name[..50] : name,
            ["created"] = timestamp,
            ["lastUpdated"] = timestamp,
            ["openingDate"] = "1970-01-01T00:00:00.000",
        };
        if (path.Length > 1)
        {
            unit["parent"] = Dhis2Json.Ref(path[^2]);
        }

        return unit;
    }

    private static JsonObject Clean(JsonObject source)
    {
        var copy = (JsonObject)source.DeepClone();
        foreach (var name in Computed)
        {
            copy.Remove(name);
        }

        return copy;
    }

    private static JsonArray IdsToRefs(JsonNode? ids) =>
        Dhis2Json.Refs((ids as JsonArray ?? []).Select(Dhis2Json.Id).OfType<string>());

    /// <summary>An <c>ade_*</c>/<c>maps_*</c> fixture: the recorded body is under <c>response</c>.</summary>
    private static JsonObject Recorded(string name) => Resource(name)["response"]!.AsObject();

    private static JsonObject Resource(string name)
    {
        using var stream = typeof(SierraLeoneWorldLoader).Assembly.GetManifestResourceStream("Passerelle.Emulators.Dhis2.Worlds." + name)
            ?? throw new InvalidOperationException("Missing embedded fixture " + name);
        return JsonNode.Parse(stream)!.AsObject();
    }
}
