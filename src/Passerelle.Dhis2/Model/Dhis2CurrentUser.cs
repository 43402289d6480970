namespace Passerelle.Dhis2.Model;

/// <summary>The account Passerelle uses, from <c>GET /api/me</c> (web-api.md §2.3): its id, user name and authorities.</summary>
public sealed record Dhis2CurrentUser(string Id, string Username, IReadOnlyList<string> Authorities)
{
    /// <summary>Superusers hold <c>ALL</c>, which grants every authority.</summary>
    public bool IsSuperuser => Authorities.Contains("ALL", StringComparer.Ordinal);

    /// <summary>Whether the user holds <paramref name="authority"/> (or <c>ALL</c>).</summary>
    public bool Has(string authority) => IsSuperuser || Authorities.Contains(authority, StringComparer.Ordinal);
}
