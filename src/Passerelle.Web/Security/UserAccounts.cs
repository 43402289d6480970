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
