using System.Globalization;
using System.Text.Json.Nodes;

namespace Passerelle.Emulators.Ihris;

/// <summary>
/// The emulator's versioned, in-memory FHIR resource store. Every write gets a new
/// <c>meta.versionId</c> and a <c>meta.lastUpdated</c> from the injected clock, and is kept in the
/// history (deletions included) for <c>_history?_since=</c>. Thread-safe.
/// </summary>
public sealed class IhrisFhirStore
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly Dictionary<(string Type, string Id), ResourceVersion> _current = [];
    private readonly List<ResourceVersion> _history = [];
    private long _nextSequence;

    public IhrisFhirStore(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        _time = time;
    }

    /// <summary>Creates or replaces a resource (FHIR update, as iHRIS transaction bundles <c>PUT</c> them).
    /// The given object is copied; <c>resourceType</c> and <c>id</c> are required.</summary>
    /// <returns>The stored version.</returns>
    public ResourceVersion Put(JsonObject resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        var type = resource["resourceType"]?.GetValue<string>();
        var id = resource["id"]?.GetValue<string>();
        if (string.IsNullOrEmpty(type) || string.IsNullOrEmpty(id))
        {
            throw new ArgumentException("Ressource sans resourceType ou id / resource without resourceType or id.", nameof(resource));
        }

        lock (_gate)
        {
            _current.TryGetValue((type, id), out var previous);
            var versionId = (previous?.VersionId ?? 0) + 1;
            var sequence = previous is { IsDeleted: false } ? previous.Sequence : _nextSequence++;
            var lastUpdated = FhirInstant.ToMilliseconds(_time.GetUtcNow());
            var stored = WithMeta(resource, type, id, versionId, lastUpdated);
            var version = new ResourceVersion(type, id, versionId, lastUpdated, stored, sequence);
            _current[(type, id)] = version;
            _history.Add(version);
            return version;
        }
    }

    /// <summary>Changes a stored resource: <paramref name="change"/> edits a copy, which is then stored as a new version.</summary>
    /// <returns>The new version, or null when the resource does not exist.</returns>
    public ResourceVersion? Update(string resourceType, string id, Action<JsonObject> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        lock (_gate)
        {
            if (!_current.TryGetValue((resourceType, id), out var current) || current.Resource is null)
            {
                return null;
            }

            var copy = (JsonObject)current.Resource.DeepClone();
            change(copy);
            copy["resourceType"] = resourceType;
            copy["id"] = id;
            return Put(copy);
        }
    }

    /// <summary>Deletes a resource: a new version without content, as HAPI records it.</summary>
    /// <returns>False when the resource does not exist or is already deleted.</returns>
    public bool Delete(string resourceType, string id)
    {
        lock (_gate)
        {
            if (!_current.TryGetValue((resourceType, id), out var current) || current.IsDeleted)
            {
                return false;
            }

            var deleted = new ResourceVersion(resourceType, id, current.VersionId + 1,
                FhirInstant.ToMilliseconds(_time.GetUtcNow()), null, current.Sequence);
            _current[(resourceType, id)] = deleted;
            _history.Add(deleted);
            return true;
        }
    }

    /// <summary>The current version of a resource (deleted ones included, as a version without content), or null if never stored.</summary>
    public ResourceVersion? Find(string resourceType, string id)
    {
        lock (_gate)
        {
            return _current.GetValueOrDefault((resourceType, id));
        }
    }

    /// <summary>A copy of the current resource, or null when absent or deleted.</summary>
    public JsonObject? Read(string resourceType, string id) =>
        Find(resourceType, id)?.Resource?.DeepClone() as JsonObject;

    /// <summary>The live (not deleted) resources of a type, in creation order.</summary>
    public IReadOnlyList<ResourceVersion> Current(string resourceType)
    {
        lock (_gate)
        {
            return _current.Values
                .Where(v => v.ResourceType == resourceType && !v.IsDeleted)
                .OrderBy(v => v.Sequence)
                .ToList();
        }
    }

    /// <summary>How many live resources of a type the store holds.</summary>
    public int Count(string resourceType)
    {
        lock (_gate)
        {
            return _current.Values.Count(v => v.ResourceType == resourceType && !v.IsDeleted);
        }
    }

    /// <summary>Every version written at or after <paramref name="since"/> (all when null), of one type
    /// or of all types, newest first as HAPI lists history.</summary>
    public IReadOnlyList<ResourceVersion> History(string? resourceType, DateTimeOffset? since)
    {
        lock (_gate)
        {
            var versions = new List<ResourceVersion>();
            for (var i = _history.Count - 1; i >= 0; i--)
            {
                var version = _history[i];
                if ((resourceType is null || version.ResourceType == resourceType)
                    && (since is null || version.LastUpdated >= since))
                {
                    versions.Add(version);
                }
            }

            return versions;
        }
    }

    /// <summary>The resource types the store holds live resources of.</summary>
    public IReadOnlyList<string> ResourceTypes()
    {
        lock (_gate)
        {
            return _current.Values.Where(v => !v.IsDeleted).Select(v => v.ResourceType).Distinct().Order(StringComparer.Ordinal).ToList();
        }
    }

    // HAPI writes resourceType, id and meta first; meta starts with versionId and lastUpdated.
    private static JsonObject WithMeta(JsonObject resource, string type, string id, int versionId, DateTimeOffset lastUpdated)
    {
        var meta = new JsonObject
        {
            ["versionId"] = versionId.ToString(CultureInfo.InvariantCulture),
            ["lastUpdated"] = FhirInstant.Format(lastUpdated),
        };
        if (resource["meta"] is JsonObject oldMeta)
        {
            foreach (var (name, value) in oldMeta)
            {
                if (name is not ("versionId" or "lastUpdated"))
                {
                    meta[name] = value?.DeepClone();
                }
            }
        }

        var stored = new JsonObject { ["resourceType"] = type, ["id"] = id, ["meta"] = meta };
        foreach (var (name, value) in resource)
        {
            if (name is not ("resourceType" or "id" or "meta"))
            {
                stored[name] = value?.DeepClone();
            }
        }

        return stored;
    }
}
