using System.Text.Json.Nodes;
using Passerelle.Emulators.Dhis2.Analytics;

namespace Passerelle.Emulators.Dhis2.Api;

/// <summary>What every request handler shares: options, version, store, uid generator.</summary>
internal sealed class Dhis2EmulatorState
{
    private readonly Random _uids = new(20240101);
    private readonly Lock _uidGate = new();
    private AnalyticsIndex? _analyticsIndex;
    private (long Generation, string Query, IReadOnlyList<JsonObject> Items)? _lastList;

    public Dhis2EmulatorState(Dhis2EmulatorOptions options, Dhis2Store store)
    {
        Options = options;
        Version = Dhis2Version.Parse(options.Version);
        Store = store;
        Jobs = new AsyncJobs(this);
    }

    public Dhis2EmulatorOptions Options { get; }

    public Dhis2Version Version { get; }

    public Dhis2Store Store { get; }

    /// <summary>Asynchronous imports and analytics table runs, followed through <c>/api/system/tasks</c>.</summary>
    public AsyncJobs Jobs { get; }

    /// <summary>
    /// The values analytics answer from (<see cref="Dhis2EmulatorOptions.AnalyticsFromTables"/>), indexed; rebuilt when the
    /// store changed since. Callers hold the store lock.
    /// </summary>
    public AnalyticsIndex AnalyticsIndex()
    {
        if (_analyticsIndex is not { } index || index.Generation != Store.Generation || index.FromTables != Options.AnalyticsFromTables)
        {
            index = Analytics.AnalyticsIndex.Build(Store, Options.AnalyticsFromTables);
            _analyticsIndex = index;
        }

        return index;
    }

    /// <summary>
    /// The filtered and ordered objects of a list query (<paramref name="query"/>: collection, user, every parameter but the
    /// page and the fields), kept until the store changes: paging through a continent's 100,000 org units filters and sorts
    /// them once, not once per page. Callers hold the store lock and do not change the list.
    /// </summary>
    public IReadOnlyList<JsonObject> OrderedList(string query, Func<List<JsonObject>> build)
    {
        if (_lastList is { } last && last.Generation == Store.Generation && last.Query == query)
        {
            return last.Items;
        }

        var items = build();
        _lastList = (Store.Generation, query, items);
        return items;
    }

    /// <summary>A new DHIS2 uid (letter + 10 alphanumerics), from a seeded generator.</summary>
    public string NewUid()
    {
        const string Letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
        const string Alphanumerics = "0123456789" + Letters;
        lock (_uidGate)
        {
            var chars = new char[11];
            chars[0] = Letters[_uids.Next(Letters.Length)];
            for (var i = 1; i < chars.Length; i++)
            {
                chars[i] = Alphanumerics[_uids.Next(Alphanumerics.Length)];
            }

            return new string(chars);
        }
    }
}
