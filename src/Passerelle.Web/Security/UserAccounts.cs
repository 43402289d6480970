using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Passerelle.Core.Geography;
using Passerelle.Core.Storage;

namespace Passerelle.Web.Security;

/// <summary>
/// Creates accounts and checks passwords with ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/>
/// (PBKDF2-HMAC-SHA512, salted, with its iteration count). Used by the web app and by <c>passerelle users add</c>.
/// </summary>
public sealed partial class UserAccounts(IUserStore store, IAuditLog audit, TimeProvider time)
{
    /// <summary>Shortest password accepted.</summary>
    public const int MinimumPasswordLength = 12;

    private static readonly PasswordHasher<UserAccount> Hasher = new();

    /// <summary>Adds an account; a bad login, role, region or password throws <see cref="ArgumentException"/> saying which and why.</summary>
    /// <returns>False when the login exists already.</returns>
    public async Task<bool> AddAsync(string login, string password, UserRole role, IReadOnlyList<string> regions, string actor, CancellationToken cancellationToken)
    {
        var normalised = NormaliseLogin(login);
        CheckPassword(password);
        var regionCodes = CheckRegions(regions);
        var now = time.GetUtcNow();
        var account = new UserAccount(normalised, Hash(password), role, regionCodes, 0, null, now);
        if (!await store.AddAsync(account, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        await audit.AppendAsync(
            new AuditEvent(now, actor, "user-add", "user", normalised, $"role={Roles.NameOf(role)};regions={string.Join(',', regionCodes)}"),
            cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Disables an account (its sessions end at their next request) or enables it again.</summary>
    public Task<AccountChange> SetDisabledAsync(string login, bool disabled, string actor, CancellationToken cancellationToken) =>
        ChangeAsync(login, actor, disabled ? "user-disable" : "user-enable", user =>
            disabled
                ? (user with { LockedUntil = AccountStates.DisabledUntil }, null)
                : (user with { LockedUntil = null, FailedLogins = 0 }, null),
            cancellationToken);

    /// <summary>Clears a lockout after failed logins; a disabled account stays disabled.</summary>
    public Task<AccountChange> UnlockAsync(string login, string actor, CancellationToken cancellationToken) =>
        ChangeAsync(login, actor, "user-unlock", user =>
            (user with { FailedLogins = 0, LockedUntil = user.IsDisabled() ? user.LockedUntil : null }, null),
            cancellationToken);

    public Task<AccountChange> ChangeRoleAsync(string login, UserRole role, string actor, CancellationToken cancellationToken) =>
        ChangeAsync(login, actor, "user-role", user => (user with { Role = role }, $"role={Roles.NameOf(user.Role)}->{Roles.NameOf(role)}"), cancellationToken);

    /// <summary>Sets a new password (too short throws <see cref="ArgumentException"/>); the account's other sessions end.</summary>
    public Task<AccountChange> ResetPasswordAsync(string login, string password, string actor, CancellationToken cancellationToken)
    {
        CheckPassword(password);
        return ChangeAsync(login, actor, "user-password", user => (user with { PasswordHash = Hash(password), FailedLogins = 0 }, null), cancellationToken);
    }

    /// <summary>Applies a change, unless it leaves no enabled administrator, and audits it (never a password or its hash).</summary>
    private async Task<AccountChange> ChangeAsync(
        string login, string actor, string action, Func<UserAccount, (UserAccount Changed, string? Details)> change, CancellationToken cancellationToken)
    {
        var key = (login ?? string.Empty).Trim().ToLowerInvariant();
        var user = key.Length == 0 ? null : await store.FindAsync(key, cancellationToken).ConfigureAwait(false);
        if (user is null)
        {
            return AccountChange.NotFound;
        }

        var (changed, details) = change(user);
        var adminsLeft = (await store.ListAsync(cancellationToken).ConfigureAwait(false))
            .Select(u => u.Login == changed.Login ? changed : u)
            .Count(u => u.Role == UserRole.Admin && !u.IsDisabled());
        if (user.Role == UserRole.Admin && !user.IsDisabled() && adminsLeft == 0)
        {
            await audit.AppendAsync(new AuditEvent(time.GetUtcNow(), actor, action + "-refused", "user", user.Login, "dernier administrateur / last admin"), cancellationToken)
                .ConfigureAwait(false);
            return AccountChange.LastAdmin;
        }

        if (!await store.UpdateAsync(changed, cancellationToken).ConfigureAwait(false))
        {
            return AccountChange.NotFound;
        }

        await audit.AppendAsync(new AuditEvent(time.GetUtcNow(), actor, action, "user", user.Login, details), cancellationToken).ConfigureAwait(false);
        return AccountChange.Done;
    }

    /// <summary>A login in lower case: letters, digits, dot, dash, underscore, 2 to 64 characters.</summary>
    public static string NormaliseLogin(string login)
    {
        var trimmed = (login ?? string.Empty).Trim().ToLowerInvariant();
        if (!LoginPattern().IsMatch(trimmed))
        {
            throw new ArgumentException(
                $"Identifiant invalide « {login} » : 2 à 64 lettres, chiffres, . - _ / invalid login: 2 to 64 letters, digits, . - _", nameof(login));
        }

        return trimmed;
    }

    public static void CheckPassword(string password)
    {
        if (string.IsNullOrEmpty(password) || password.Length < MinimumPasswordLength)
        {
            throw new ArgumentException(
                $"Mot de passe trop court : au moins {MinimumPasswordLength} caractères / password too short: at least {MinimumPasswordLength} characters",
                nameof(password));
        }
    }

    public static string Hash(string password) => Hasher.HashPassword(null!, password);

    /// <summary>Checks a password against a stored hash; <c>SuccessRehashNeeded</c> counts as success.</summary>
    public static PasswordVerificationResult Verify(string hash, string password) => Hasher.VerifyHashedPassword(null!, hash, password);

    private static List<string> CheckRegions(IReadOnlyList<string> regions)
    {
        var codes = new List<string>();
        foreach (var region in regions.Where(r => !string.IsNullOrWhiteSpace(r)))
        {
            var unit = SenegalRegions.ByCode(region.Trim())
                ?? throw new ArgumentException($"Région inconnue « {region} » / unknown region; valides / valid: {string.Join(", ", SenegalRegions.All.Select(r => r.Code))}", nameof(regions));
            codes.Add(unit.Code);
        }

        return codes.Distinct(StringComparer.Ordinal).ToList();
    }

    [GeneratedRegex("^[a-z0-9._-]{2,64}$")]
    private static partial Regex LoginPattern();
}
