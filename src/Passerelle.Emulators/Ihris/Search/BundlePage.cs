namespace Passerelle.Emulators.Ihris.Search;

/// <summary>One page of a searchset or history Bundle, ready to write.</summary>
internal sealed record BundlePage(
    string BundleType,
    int? Total,
    IReadOnlyList<BundleLink> Links,
    IReadOnlyList<BundleEntry> Entries,
    IReadOnlyList<string>? Elements);

/// <summary>A Bundle link (<c>self</c>, <c>next</c>, <c>previous</c>).</summary>
internal sealed record BundleLink(string Relation, string Url);

/// <summary>An entry; <paramref name="Mode"/> is the searchset <c>search.mode</c> (<c>match</c> or <c>include</c>).</summary>
internal sealed record BundleEntry(ResourceVersion Version, string Mode);
