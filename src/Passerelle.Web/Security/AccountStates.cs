namespace Passerelle.Web.Security;

/// <summary>Account states kept in <see cref="Core.Storage.UserAccount.LockedUntil"/>: a disabled account is locked until the end of time.</summary>
public static class AccountStates
{
    /// <summary>The lock date of a disabled account (an ordinary lockout lasts minutes).</summary>
    public static readonly DateTimeOffset DisabledUntil = new(9999, 12, 31, 0, 0, 0, TimeSpan.Zero);

    public static bool IsDisabled(this Core.Storage.UserAccount user) => user.LockedUntil is { } until && until >= DisabledUntil;

    /// <summary>Locked after failed logins (not disabled) at <paramref name="now"/>.</summary>
    public static bool IsLockedOut(this Core.Storage.UserAccount user, DateTimeOffset now) =>
        !user.IsDisabled() && user.LockedUntil is { } until && until > now;
}
