namespace Passerelle.Emulators.Ihris.Search;

/// <summary>Runs a search over the store: the matching live resources, in the requested order.</summary>
internal static class SearchExecutor
{
    public static IReadOnlyList<ResourceVersion> Execute(IhrisFhirStore store, SearchRequest request)
    {
        IEnumerable<ResourceVersion> matches = store.Current(request.ResourceType)
            .Where(v => request.Clauses.All(clause =>
                clause.Values.Any(value => clause.Parameter.Matches(v.Resource!, value, clause.Modifier))));

        foreach (var key in request.Sort.Reverse())
        {
            var descending = key.StartsWith('-');
            var name = key.TrimStart('-');
            Func<ResourceVersion, IComparable> selector = name switch
            {
                "_lastUpdated" => v => v.LastUpdated,
                "_id" => v => v.Id,
                _ => v => v.Sequence,
            };
            matches = descending ? matches.OrderByDescending(selector) : matches.OrderBy(selector);
        }

        return matches.ToList();
    }
}
