using System.Security.Claims;
using Passerelle.Core.Storage;
using Passerelle.Web.Reading;

namespace Passerelle.Web.Security;

/// <summary>The claims a signed-in user carries, and what pages read back from them.</summary>
internal static class UserClaims
{
    public static ClaimsPrincipal PrincipalOf(UserAccount user, string scheme)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, user.Login), new(ClaimTypes.Role, Roles.NameOf(user.Role)) };
        if (user.Regions.Count > 0)
        {
            claims.Add(new Claim(Roles.RegionsClaim, string.Join(',', user.Regions)));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }

    public static string Login(this ClaimsPrincipal user) => user.Identity?.Name ?? "?";

    public static RegionScope Scope(this ClaimsPrincipal user) =>
        user.FindFirst(Roles.RegionsClaim)?.Value is { Length: > 0 } regions
            ? new RegionScope(regions.Split(',').ToHashSet(StringComparer.Ordinal))
            : RegionScope.Country;

    public static bool CanReview(this ClaimsPrincipal user) => user.IsInRole(Roles.Reviewer) || user.IsInRole(Roles.Admin);

    public static bool IsAdmin(this ClaimsPrincipal user) => user.IsInRole(Roles.Admin);

    /// <summary>True while the stored account still matches the cookie (same role and regions).</summary>
    public static bool StillMatches(this ClaimsPrincipal principal, UserAccount? stored) =>
        stored is not null
        && principal.IsInRole(Roles.NameOf(stored.Role))
        && string.Equals(principal.FindFirst(Roles.RegionsClaim)?.Value ?? "", string.Join(',', stored.Regions), StringComparison.Ordinal);
}
