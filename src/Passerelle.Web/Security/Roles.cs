using Passerelle.Core.Storage;

namespace Passerelle.Web.Security;

/// <summary>Role names in claims and the policies built on them; each role includes the ones below it.</summary>
public static class Roles
{
    public const string Viewer = "viewer";
    public const string Reviewer = "reviewer";
    public const string Admin = "admin";

    /// <summary>Policy: any signed-in user with a role.</summary>
    public const string CanRead = "can-read";

    /// <summary>Policy: reviewers and admins (decide matches and mappings).</summary>
    public const string CanReview = "can-review";

    /// <summary>Policy: admins only (manage users).</summary>
    public const string CanAdminister = "can-administer";

    /// <summary>The claim holding the region codes a user is limited to (comma-separated; absent for the whole country).</summary>
    public const string RegionsClaim = "passerelle:regions";

    public static string NameOf(UserRole role) => role switch
    {
        UserRole.Viewer => Viewer,
        UserRole.Reviewer => Reviewer,
        UserRole.Admin => Admin,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    public static UserRole? Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        Viewer => UserRole.Viewer,
        Reviewer => UserRole.Reviewer,
        Admin => UserRole.Admin,
        _ => null,
    };
}
