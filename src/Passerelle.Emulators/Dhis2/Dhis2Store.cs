using System.Text.Json.Nodes;

namespace Passerelle.Emulators.Dhis2;

/// <summary>
/// The emulator's in-memory DHIS2 database, safe to read from tests while requests run. Metadata objects are
/// kept in their DHIS2 JSON form, per collection (<c>organisationUnits</c>, <c>dataElements</c>…); public
/// accessors return copies.
/// </summary>
public sealed class Dhis2Store
{
    private readonly Dictionary<string, Dictionary<string, JsonObject>> _collections = new(StringComparer.Ordinal);
    private readonly Dictionary<DataValueKey, StoredDataValue> _values = [];
    private readonly Dictionary<string, List<string>> _children = new(StringComparer.Ordinal);
    private readonly Dictionary<(string DataSet, string Period, string OrgUnit, string Aoc), string> _completions = [];

    /// <summary>Every internal reader and writer holds this lock.</summary>
    internal Lock Gate { get; } = new();

    /// <summary>Changes with every write (objects, values, hierarchy, analytics tables): what was derived from an older generation is stale.</summary>
    internal long Generation { get; private set; }

    public IReadOnlyList<JsonObject> OrganisationUnits => Objects("organisationUnits");

    public IReadOnlyList<JsonObject> OrganisationUnitLevels => Objects("organisationUnitLevels");

    public IReadOnlyList<JsonObject> OrganisationUnitGroups => Objects("organisationUnitGroups");

    public IReadOnlyList<JsonObject> OrganisationUnitGroupSets => Objects("organisationUnitGroupSets");

    public IReadOnlyList<JsonObject> DataElements => Objects("dataElements");

    public IReadOnlyList<JsonObject> CategoryOptions => Objects("categoryOptions");

    public IReadOnlyList<JsonObject> Categories => Objects("categories");

    public IReadOnlyList<JsonObject> CategoryCombos => Objects("categoryCombos");

    public IReadOnlyList<JsonObject> CategoryOptionCombos => Objects("categoryOptionCombos");

    public IReadOnlyList<JsonObject> DataSets => Objects("dataSets");

    public IReadOnlyList<JsonObject> Indicators => Objects("indicators");

    public IReadOnlyList<JsonObject> IndicatorTypes => Objects("indicatorTypes");

    public IReadOnlyList<JsonObject> Visualizations => Objects("visualizations");

    public IReadOnlyList<JsonObject> Maps => Objects("maps");

    public IReadOnlyList<JsonObject> Dashboards => Objects("dashboards");

    /// <summary>All stored values, soft-deleted ones included.</summary>
    public IReadOnlyList<StoredDataValue> DataValues
    {
        get
        {
            lock (Gate)
            {
                return [.. _values.Values];
            }
        }
    }

    /// <summary>Copies of the objects of one collection (plural DHIS2 name).</summary>
    public IReadOnlyList<JsonObject> Objects(string collection)
    {
        lock (Gate)
        {
            return [.. All(collection).Select(o => (JsonObject)o.DeepClone())];
        }
    }

    /// <summary>A copy of one object, or null.</summary>
    public JsonObject? Object(string collection, string uid)
    {
        lock (Gate)
        {
            return Get(collection, uid)?.DeepClone() as JsonObject;
        }
    }

    /// <summary>The value stored under a key (even soft-deleted), or null.</summary>
    public StoredDataValue? DataValue(DataValueKey key)
    {
        lock (Gate)
        {
            return _values.GetValueOrDefault(key);
        }
    }

    /// <summary>Completion date registered for a data set, period, org unit and attribute option combo.</summary>
    public string? CompleteDate(string dataSet, string period, string orgUnit, string attributeOptionCombo)
    {
        lock (Gate)
        {
            return _completions.GetValueOrDefault((dataSet, period, orgUnit, attributeOptionCombo));
        }
    }

    // Internal API, callers hold Gate.
    internal IEnumerable<JsonObject> All(string collection) =>
        _collections.TryGetValue(collection, out var map) ? map.Values : [];

    internal IEnumerable<string> CollectionNames => _collections.Keys;

    internal JsonObject? Get(string collection, string? uid) =>
        uid is not null && _collections.TryGetValue(collection, out var map) && map.TryGetValue(uid, out var o) ? o : null;

    internal JsonObject? FindBy(string collection, string property, string value) =>
        All(collection).FirstOrDefault(o => o[property] is JsonValue v && v.TryGetValue<string>(out var s) && s == value);

    internal void Put(string collection, JsonObject value)
    {
        Generation++;
        if (!_collections.TryGetValue(collection, out var map))
        {
            map = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
            _collections[collection] = map;
        }

        map[(string)value["id"]!] = value;
    }

    internal bool Remove(string collection, string uid)
    {
        Generation++;
        return _collections.TryGetValue(collection, out var map) && map.Remove(uid);
    }

    internal IReadOnlyList<string> ChildrenOf(string uid) =>
        _children.TryGetValue(uid, out var list) ? list : [];

    internal IEnumerable<StoredDataValue> AllValues => _values.Values;

    internal StoredDataValue? GetValue(DataValueKey key) => _values.GetValueOrDefault(key);

    internal void PutValue(StoredDataValue value)
    {
        Generation++;
        _values[value.Key] = value;
    }

    /// <summary>Values loaded in bulk at start and never changed (a continental world's); null when the world has none.</summary>
    internal DataValues.Dhis2ValueArchive? Archive { get; set; }

    /// <summary>Values held in the archive loaded at start (0 without one); stored values are counted by <see cref="DataValues"/>.</summary>
    public long ArchivedValueCount
    {
        get
        {
            lock (Gate)
            {
                return Archive?.Count ?? 0;
            }
        }
    }

    /// <summary>Values as of the last analytics table run (null: never run).</summary>
    internal IReadOnlyList<StoredDataValue>? AnalyticsTables { get; private set; }

    /// <summary>When the analytics tables were last generated.</summary>
    internal DateTimeOffset? LastAnalyticsTableSuccess { get; private set; }

    internal void CaptureAnalyticsTables(DateTimeOffset now)
    {
        Generation++;
        AnalyticsTables = [.. _values.Values];
        LastAnalyticsTableSuccess = now;
    }

    internal void Complete(string dataSet, string period, string orgUnit, string aoc, string date) =>
        _completions[(dataSet, period, orgUnit, aoc)] = date;

    internal string? GetCompletion(string dataSet, string period, string orgUnit, string aoc) =>
        _completions.GetValueOrDefault((dataSet, period, orgUnit, aoc));

    /// <summary>Recomputes every org unit's <c>path</c> and <c>level</c> from its parent chain, and the children index.</summary>
    internal void RebuildHierarchy()
    {
        Generation++;
        _children.Clear();
        var units = _collections.GetValueOrDefault("organisationUnits") ?? [];
        foreach (var unit in units.Values)
        {
            var parent = unit["parent"]?["id"]?.GetValue<string>();
            if (parent is not null && units.ContainsKey(parent))
            {
                if (!_children.TryGetValue(parent, out var list))
                {
                    list = [];
                    _children[parent] = list;
                }

                list.Add((string)unit["id"]!);
            }
        }

        foreach (var unit in units.Values)
        {
            var chain = new List<string>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var current = unit; current is not null && seen.Add((string)current["id"]!);)
            {
                chain.Add((string)current["id"]!);
                var parent = current["parent"]?["id"]?.GetValue<string>();
                current = parent is null ? null : units.GetValueOrDefault(parent);
            }

            chain.Reverse();
            unit["path"] = "/" + string.Join('/', chain);
            unit["level"] = chain.Count;
        }
    }
}
