namespace Passerelle.Emulators.Ihris.Search;

/// <summary>A parsed FHIR search: filters (AND of clauses, each an OR of values) and result controls.</summary>
internal sealed record SearchRequest(
    string ResourceType,
    IReadOnlyList<SearchClause> Clauses,
    int Count,
    bool IncludeTotal,
    IReadOnlyList<IncludeSpec> Includes,
    IReadOnlyList<string> Sort,
    IReadOnlyList<string>? Elements);

/// <summary>One occurrence of a search parameter; its comma-separated values are alternatives.</summary>
internal sealed record SearchClause(SearchParameter Parameter, string? Modifier, IReadOnlyList<string> Values);

/// <summary>An <c>_include</c> (or <c>_include:iterate</c>) of references from <paramref name="SourceType"/>.</summary>
internal sealed record IncludeSpec(string SourceType, string Parameter, bool Iterate)
{
    public override string ToString() => SourceType + ":" + Parameter;
}
