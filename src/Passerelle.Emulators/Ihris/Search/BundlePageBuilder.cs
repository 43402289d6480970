using System.Globalization;

namespace Passerelle.Emulators.Ihris.Search;

/// <summary>Cuts a page out of a cached search and adds its includes and HAPI <c>_getpages</c> links.</summary>
internal static class BundlePageBuilder
{
    public static BundlePage Build(PagedSearch search, int offset, int count, IhrisFhirStore store, string baseUrl, string selfUrl)
    {
        var slice = search.Matches.Skip(offset).Take(count);
        var entries = search.BundleType == "history"
            ? slice.Select(v => new BundleEntry(v, "match")).ToList()
            : CurrentMatchesWithIncludes(slice, search.Includes, store);

        var links = new List<BundleLink> { new("self", selfUrl) };
        if (count > 0 && offset + count < search.Matches.Count)
        {
            links.Add(new("next", PagingUrl(baseUrl, search, offset + count, count)));
        }

        if (count > 0 && offset > 0)
        {
            links.Add(new("previous", PagingUrl(baseUrl, search, Math.Max(0, offset - count), count)));
        }

        int? total = search.IncludeTotal && search.BundleType == "searchset" ? search.Matches.Count : null;
        return new BundlePage(search.BundleType, total, links, entries, search.Elements);
    }

    /// <summary>HAPI's paging link: <c>{base}?_getpages=…&amp;_getpagesoffset=N&amp;_count=N&amp;_pretty=true&amp;_bundletype=…</c>.</summary>
    public static string PagingUrl(string baseUrl, PagedSearch search, int offset, int count) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{baseUrl}?_getpages={search.Id}&_getpagesoffset={offset}&_count={count}&_pretty=true&_bundletype={search.BundleType}");

    // HAPI reloads each matched resource when it serves a page: a resource changed since the search
    // ran comes in its current version, a deleted one is left out.
    private static List<BundleEntry> CurrentMatchesWithIncludes(IEnumerable<ResourceVersion> slice, IReadOnlyList<IncludeSpec> includes, IhrisFhirStore store)
    {
        var entries = new List<BundleEntry>();
        var seen = new HashSet<(string, string)>();
        foreach (var match in slice)
        {
            if (store.Find(match.ResourceType, match.Id) is { IsDeleted: false } current && seen.Add((current.ResourceType, current.Id)))
            {
                entries.Add(new BundleEntry(current, "match"));
            }
        }

        var frontier = entries.Select(e => e.Version).ToList();
        var firstRound = true;
        while (frontier.Count > 0)
        {
            var next = new List<ResourceVersion>();
            foreach (var include in includes.Where(i => firstRound || i.Iterate))
            {
                foreach (var source in frontier.Where(v => v.ResourceType == include.SourceType))
                {
                    foreach (var reference in IncludeParser.Follow(include, source.Resource!))
                    {
                        var parts = reference.Split('/');
                        if (parts.Length >= 2
                            && store.Find(parts[^2], parts[^1]) is { IsDeleted: false } target
                            && seen.Add((target.ResourceType, target.Id)))
                        {
                            entries.Add(new BundleEntry(target, "include"));
                            next.Add(target);
                        }
                    }
                }
            }

            frontier = next;
            firstRound = false;
        }

        return entries;
    }
}
