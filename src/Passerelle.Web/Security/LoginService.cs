using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Passerelle.Core.Storage;
using Passerelle.Web.Hosting;

namespace Passerelle.Web.Security;

public enum LoginOutcome
{
    Succeeded,
    Failed,
    Locked,

    /// <summary>An administrator disabled the account.</summary>
    Disabled,
}

/// <summary>
/// Checks a login and password, locks the account after <see cref="WebOptions.MaxFailedLogins"/> failures in a
/// row for <see cref="WebOptions.LockoutMinutes"/>, and audits each attempt (the login only, never the password).
/// </summary>
public sealed class LoginService(IWarehouse warehouse, TimeProvider time, IOptions<WebOptions> options)
{
    // Checked when the login is unknown, so that answering takes as long as for a known one.
    private static readonly string DecoyHash = UserAccounts.Hash("passerelle-decoy-password");

    public async Task<(LoginOutcome Outcome, UserAccount? User)> SignInAsync(string login, string password, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = time.GetUtcNow();
        var key = (login ?? string.Empty).Trim().ToLowerInvariant();
        var user = key.Length == 0 ? null : await warehouse.Users.FindAsync(key, cancellationToken);
        if (user is null)
        {
            UserAccounts.Verify(DecoyHash, password ?? string.Empty);
            await AuditAsync(now, "login-failed", key.Length == 0 ? "-" : "(inconnu / unknown)", cancellationToken);
            return (LoginOutcome.Failed, null);
        }

        if (user.IsDisabled())
        {
            // Said only to whoever knows the password, so that it tells a stranger nothing about the account.
            var known = UserAccounts.Verify(user.PasswordHash, password ?? string.Empty) != PasswordVerificationResult.Failed;
            await AuditAsync(now, known ? "login-disabled" : "login-failed", user.Login, cancellationToken);
            return (known ? LoginOutcome.Disabled : LoginOutcome.Failed, null);
        }

        if (user.LockedUntil is { } until && until > now)
        {
            await AuditAsync(now, "login-locked", user.Login, cancellationToken);
            return (LoginOutcome.Locked, null);
        }

        var verdict = UserAccounts.Verify(user.PasswordHash, password ?? string.Empty);
        if (verdict == PasswordVerificationResult.Failed)
        {
            var failures = user.FailedLogins + 1;
            var locks = failures >= settings.MaxFailedLogins;
            await warehouse.Users.UpdateAsync(
                user with { FailedLogins = locks ? 0 : failures, LockedUntil = locks ? now.AddMinutes(settings.LockoutMinutes) : null },
                cancellationToken);
            await AuditAsync(now, locks ? "lockout" : "login-failed", user.Login, cancellationToken);
            return (locks ? LoginOutcome.Locked : LoginOutcome.Failed, null);
        }

        var signedIn = user with
        {
            FailedLogins = 0,
            LockedUntil = null,
            PasswordHash = verdict == PasswordVerificationResult.SuccessRehashNeeded ? UserAccounts.Hash(password!) : user.PasswordHash,
        };
        await warehouse.Users.UpdateAsync(signedIn, cancellationToken);
        await AuditAsync(now, "login", user.Login, cancellationToken);
        return (LoginOutcome.Succeeded, signedIn);
    }

    private Task AuditAsync(DateTimeOffset now, string action, string login, CancellationToken cancellationToken) =>
        warehouse.Audit.AppendAsync(new AuditEvent(now, login, action, "session", null, null), cancellationToken);
}
