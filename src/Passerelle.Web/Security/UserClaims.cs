using System.Security.Claims;
using Passerelle.Core.Storage;
using Passerelle.Web.Reading;

namespace Passerelle.Web.Security;

/// <summary>The claims a signed-in user carries, and what pages read back from them.</summary>
internal static class UserClaims
{
    public static ClaimsPrincipal PrincipalOf(UserAccount user, string scheme)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, user.Login), new(ClaimTypes.Role, Roles.NameOf(user.Role)), new(StampClaim, StampOf(user)) };
        if (user.Regions.Count > 0)
        {
            claims.Add(new Claim(Roles.RegionsClaim, string.Join(',', user.Regions)));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }

    /// <summary>A short digest of the password hash: a new password ends the account's other sessions.</summary>
    public const string StampClaim = "passerelle:stamp";

    public static string StampOf(UserAccount user) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(user.PasswordHash)))[..16];

    public static string Login(this ClaimsPrincipal user) => user.Identity?.Name ?? "?";

    public static RegionScope Scope(this ClaimsPrincipal user) =>
        user.FindFirst(Roles.RegionsClaim)?.Value is { Length: > 0 } regions
            ? new RegionScope(regions.Split(',').ToHashSet(StringComparer.Ordinal))
            : RegionScope.Country;

    public static bool CanReview(this ClaimsPrincipal user) => user.IsInRole(Roles.Reviewer) || user.IsInRole(Roles.Admin);

    public static bool IsAdmin(this ClaimsPrincipal user) => user.IsInRole(Roles.Admin);

    /// <summary>True while the stored account still matches the cookie: enabled, same role, regions and password.</summary>
    public static bool StillMatches(this ClaimsPrincipal principal, UserAccount? stored) =>
        stored is not null
        && !stored.IsDisabled()
        && principal.IsInRole(Roles.NameOf(stored.Role))
        && string.Equals(principal.FindFirst(StampClaim)?.Value, StampOf(stored), StringComparison.Ordinal)
        && string.Equals(principal.FindFirst(Roles.RegionsClaim)?.Value ?? "", string.Join(',', stored.Regions), StringComparison.Ordinal);
}
