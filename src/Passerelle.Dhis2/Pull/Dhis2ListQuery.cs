namespace Passerelle.Dhis2.Pull;

/// <summary>
/// What to read from a metadata collection (web-api.md §4.2–4.4): <c>fields</c>, <c>filter</c>s
/// (<c>property:operator:value</c>, AND-combined unless <see cref="MatchAnyFilter"/>), <c>order</c>.
/// </summary>
public sealed record Dhis2ListQuery
{
    /// <summary>Field selection, e.g. <c>id,name,parent[id]</c>; null uses the client's default for the collection.</summary>
    public string? Fields { get; init; }

    /// <summary>Filters such as <c>level:eq:2</c>, <c>path:like:/ImspTQPwCqd</c>, <c>lastUpdated:ge:2024-01-01</c>.</summary>
    public IReadOnlyList<string> Filters { get; init; } = [];

    /// <summary>Combine filters with OR (<c>rootJunction=OR</c>) instead of AND.</summary>
    public bool MatchAnyFilter { get; init; }

    /// <summary>Sort order, e.g. <c>level:asc,name:asc</c>; null keeps DHIS2's default (name, then id).</summary>
    public string? Order { get; init; }

    /// <summary>Items per page; null uses <c>Dhis2ClientOptions.PageSize</c>.</summary>
    public int? PageSize { get; init; }

    public static Dhis2ListQuery All { get; } = new();

    public static Dhis2ListQuery Where(params string[] filters) => new() { Filters = filters };
}
