namespace Passerelle.Core.Storage;

/// <summary>What a web user may do; each role includes the ones before it.</summary>
public enum UserRole
{
    /// <summary>Reads every page and API; changes nothing.</summary>
    Viewer = 1,

    /// <summary>Also decides facility matches and cadre mappings.</summary>
    Reviewer = 2,

    /// <summary>Also manages users.</summary>
    Admin = 3,
}

/// <summary>
/// A local account of the web app. Only a login (chosen by the administrator, not a person's name by
/// obligation) and a password hash are kept: no e-mail, phone or other personal data.
/// </summary>
/// <param name="PasswordHash">ASP.NET Core Identity's hash (PBKDF2, salted, versioned).</param>
/// <param name="Regions">Region codes the user is limited to (e.g. <c>SN-DK</c>); empty for the whole country.</param>
/// <param name="FailedLogins">Consecutive failed logins since the last success.</param>
/// <param name="LockedUntil">Logins are refused until then, when set.</param>
public sealed record UserAccount(
    string Login,
    string PasswordHash,
    UserRole Role,
    IReadOnlyList<string> Regions,
    int FailedLogins,
    DateTimeOffset? LockedUntil,
    DateTimeOffset CreatedAt);
