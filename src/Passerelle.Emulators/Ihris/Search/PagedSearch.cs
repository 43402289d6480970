namespace Passerelle.Emulators.Ihris.Search;

/// <summary>A search (or history) whose results are kept for paging with <c>_getpages</c>, as HAPI's
/// search cache keeps them.</summary>
/// <param name="Matches">Snapshot of the versions matched when the search ran.</param>
/// <param name="BundleType"><c>searchset</c> or <c>history</c>.</param>
internal sealed record PagedSearch(
    string Id,
    string BundleType,
    IReadOnlyList<ResourceVersion> Matches,
    IReadOnlyList<IncludeSpec> Includes,
    bool IncludeTotal,
    IReadOnlyList<string>? Elements,
    DateTimeOffset CreatedAt)
{
    /// <summary>The normalised query that produced it, for HAPI's cached-result reuse (null: never reused).</summary>
    public string? QueryKey { get; init; }
}
