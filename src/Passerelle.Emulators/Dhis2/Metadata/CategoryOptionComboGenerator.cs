using System.Text.Json.Nodes;
using Passerelle.Emulators.Dhis2.Api;

namespace Passerelle.Emulators.Dhis2.Metadata;

/// <summary>
/// DHIS2 generates one category option combo per combination of a category combo's options
/// (web-api.md §5.4); existing ones with the same options are kept, new ones get a uid derived from the combination.
/// </summary>
internal static class CategoryOptionComboGenerator
{
    public static void Generate(Dhis2Store store, DateTimeOffset now)
    {
        foreach (var combo in store.All("categoryCombos").ToList())
        {
            var comboId = (string)combo["id"]!;
            var optionLists = (combo["categories"] as JsonArray ?? [])
                .Select(c => store.Get("categories", Dhis2Json.Id(c)))
                .Select(c => (c?["categoryOptions"] as JsonArray ?? []).Select(Dhis2Json.Id).OfType<string>().ToList())
                .ToList();
            if (optionLists.Count == 0 || optionLists.Any(l => l.Count == 0))
            {
                continue;
            }

            var existing = store.All("categoryOptionCombos")
                .Where(c => Dhis2Json.Id(c["categoryCombo"]) == comboId)
                .Select(c => (c["categoryOptions"] as JsonArray ?? []).Select(Dhis2Json.Id).OfType<string>().Order(StringComparer.Ordinal).ToList())
                .Select(l => string.Join(',', l))
                .ToHashSet(StringComparer.Ordinal);
            foreach (var combination in Cartesian(optionLists))
            {
                var key = string.Join(',', combination.Order(StringComparer.Ordinal));
                if (existing.Contains(key))
                {
                    continue;
                }

                var names = combination.Select(o => Dhis2Json.Str(store.Get("categoryOptions", o)?["name"]) ?? o);
                var timestamp = Dhis2Json.MetadataTimestamp(now);
                store.Put("categoryOptionCombos", new JsonObject
                {
                    ["id"] = Uids.FromKey(comboId + ":" + key),
                    ["name"] = string.Join(", ", names),
                    ["created"] = timestamp,
                    ["lastUpdated"] = timestamp,
                    ["categoryCombo"] = Dhis2Json.Ref(comboId),
                    ["categoryOptions"] = Dhis2Json.Refs(combination),
                    ["ignoreApproval"] = false,
                });
            }
        }
    }

    private static IEnumerable<List<string>> Cartesian(List<List<string>> lists)
    {
        IEnumerable<List<string>> result = [[]];
        foreach (var list in lists)
        {
            result = result.SelectMany(prefix => list.Select(item => new List<string>(prefix) { item })).ToList();
        }

        return result;
    }
}
