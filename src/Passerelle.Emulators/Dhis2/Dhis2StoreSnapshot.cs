using System.Text.Json;
using System.Text.Json.Nodes;

namespace Passerelle.Emulators.Dhis2;

/// <summary>
/// Saves and restores everything a <see cref="Dhis2Store"/> holds, so a demo DHIS2 keeps what was pushed
/// into it from one run to the next, as a real server would.
/// </summary>
public static class Dhis2StoreSnapshot
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task SaveAsync(Dhis2Store store, string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var snapshot = new JsonObject();
        var collections = new JsonObject();
        List<StoredDataValue> values;
        lock (store.Gate)
        {
            foreach (var name in store.CollectionNames.Order(StringComparer.Ordinal))
            {
                collections[name] = new JsonArray([.. store.All(name).Select(o => (JsonNode)o.DeepClone())]);
            }

            values = [.. store.AllValues];
        }

        snapshot["collections"] = collections;
        snapshot["dataValues"] = JsonSerializer.SerializeToNode(values, Json);
        var temporary = path + ".tmp";
        await File.WriteAllTextAsync(temporary, snapshot.ToJsonString(), cancellationToken);
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Restores a snapshot over the store's seed; returns false when there is no snapshot file.</summary>
    public static async Task<bool> RestoreAsync(Dhis2Store store, string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (!File.Exists(path))
        {
            return false;
        }

        var snapshot = JsonNode.Parse(await File.ReadAllTextAsync(path, cancellationToken))?.AsObject()
            ?? throw new InvalidDataException($"instantané DHIS2 illisible / unreadable DHIS2 snapshot: {path}");
        var values = snapshot["dataValues"].Deserialize<List<StoredDataValue>>(Json) ?? [];
        lock (store.Gate)
        {
            foreach (var (name, items) in snapshot["collections"]?.AsObject() ?? [])
            {
                foreach (var item in items?.AsArray() ?? [])
                {
                    store.Put(name, item!.DeepClone().AsObject());
                }
            }

            foreach (var value in values)
            {
                store.PutValue(value);
            }

            store.RebuildHierarchy();
        }

        return true;
    }
}
