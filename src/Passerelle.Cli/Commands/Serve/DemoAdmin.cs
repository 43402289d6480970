using System.Security.Cryptography;
using Passerelle.Core.Storage;
using Passerelle.Warehouse;
using Passerelle.Web.Security;

namespace Passerelle.Cli.Commands.Serve;

/// <summary>The demo's administrator: a fresh random password at each <c>passerelle demo --serve</c>, printed once.</summary>
internal static class DemoAdmin
{
    public const string Login = "demo-admin";

    public static async Task<string> ResetAsync(string warehouse, CancellationToken cancellationToken)
    {
        var password = RandomNumberGenerator.GetString("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 16);
        await using var store = await WarehouseFactory.OpenAsync(warehouse, TimeProvider.System, cancellationToken);
        var accounts = new UserAccounts(store.Users, store.Audit, TimeProvider.System);
        if (!await accounts.AddAsync(Login, password, UserRole.Admin, [], "demo", cancellationToken))
        {
            var existing = (await store.Users.FindAsync(Login, cancellationToken))!;
            await store.Users.UpdateAsync(existing with { PasswordHash = UserAccounts.Hash(password), FailedLogins = 0, LockedUntil = null }, cancellationToken);
        }

        return password;
    }
}
