using System.Collections.Concurrent;

namespace Passerelle.Emulators.Ihris.Search;

/// <summary>HAPI's search result cache: a search id answers paging requests until it expires
/// (<see cref="IhrisEmulatorOptions.SearchExpiry"/> after the search ran), then is forgotten.</summary>
internal sealed class PagedSearchCache(TimeProvider time, TimeSpan expiry)
{
    private readonly ConcurrentDictionary<string, PagedSearch> _searches = new(StringComparer.Ordinal);

    public PagedSearch Register(
        string bundleType,
        IReadOnlyList<ResourceVersion> matches,
        IReadOnlyList<IncludeSpec> includes,
        bool includeTotal,
        IReadOnlyList<string>? elements)
        => Register(new PagedSearch(Guid.NewGuid().ToString(), bundleType, matches, includes, includeTotal, elements, time.GetUtcNow()));

    /// <summary>A search registered for the same query less than <paramref name="window"/> ago, if any.</summary>
    public PagedSearch? FindReusable(string queryKey, TimeSpan window)
    {
        if (window <= TimeSpan.Zero)
        {
            return null;
        }

        Purge();
        var now = time.GetUtcNow();
        return _searches.Values
            .Where(s => s.QueryKey == queryKey && now - s.CreatedAt < window)
            .MaxBy(s => s.CreatedAt);
    }

    /// <summary>Keeps a search for paging (and reuse, when it carries a query key).</summary>
    public PagedSearch Register(PagedSearch search)
    {
        Purge();
        _searches[search.Id] = search;
        return search;
    }

    /// <summary>The search, or null when the id is unknown or has expired.</summary>
    public PagedSearch? Find(string id)
    {
        Purge();
        return _searches.GetValueOrDefault(id);
    }

    private void Purge()
    {
        var now = time.GetUtcNow();
        foreach (var (id, search) in _searches)
        {
            if (now - search.CreatedAt >= expiry)
            {
                _searches.TryRemove(id, out _);
            }
        }
    }
}
