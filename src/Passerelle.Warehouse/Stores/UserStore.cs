using System.Data.Common;
using Passerelle.Core.Storage;
using Passerelle.Warehouse.Database;

namespace Passerelle.Warehouse.Stores;

/// <summary>Web accounts in <c>app_user</c>; regions are kept as a comma-separated list.</summary>
internal sealed class UserStore(WarehouseDatabase database) : IUserStore
{
    private const string Columns = "login, password_hash, role, regions, failed_logins, locked_until, created_at";

    public async Task<bool> AddAsync(UserAccount user, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(user.Login);
        await using var session = await database.OpenSessionAsync(cancellationToken).ConfigureAwait(false);
        await session.BeginAsync(cancellationToken).ConfigureAwait(false);
        var existing = await session.ScalarAsync("SELECT count(*) FROM app_user WHERE login = $1", [user.Login], cancellationToken).ConfigureAwait(false);
        if (Convert.ToInt64(existing, System.Globalization.CultureInfo.InvariantCulture) > 0)
        {
            await session.CommitAsync(cancellationToken).ConfigureAwait(false);
            return false;
        }

        await session.ExecuteAsync(
            $"INSERT INTO app_user ({Columns}) VALUES ($1, $2, $3, $4, $5, $6, $7)",
            [user.Login, user.PasswordHash, user.Role, JoinRegions(user.Regions), user.FailedLogins, user.LockedUntil, user.CreatedAt],
            cancellationToken).ConfigureAwait(false);
        await session.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    public async Task<bool> UpdateAsync(UserAccount user, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken).ConfigureAwait(false);
        var changed = await session.ExecuteAsync(
            "UPDATE app_user SET password_hash = $2, role = $3, regions = $4, failed_logins = $5, locked_until = $6 WHERE login = $1",
            [user.Login, user.PasswordHash, user.Role, JoinRegions(user.Regions), user.FailedLogins, user.LockedUntil],
            cancellationToken).ConfigureAwait(false);
        return changed > 0;
    }

    public async Task<UserAccount?> FindAsync(string login, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken).ConfigureAwait(false);
        var found = await session.ListAsync($"SELECT {Columns} FROM app_user WHERE login = $1", [login], Read, cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    public async Task<IReadOnlyList<UserAccount>> ListAsync(CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken).ConfigureAwait(false);
        return await session.ListAsync($"SELECT {Columns} FROM app_user ORDER BY login", [], Read, cancellationToken).ConfigureAwait(false);
    }

    private static string JoinRegions(IReadOnlyList<string> regions) => string.Join(',', regions);

    private static UserAccount Read(DbDataReader r) => new(
        r.GetString(0),
        r.GetString(1),
        r.GetEnum<UserRole>(2),
        r.GetString(3).Split(',', StringSplitOptions.RemoveEmptyEntries),
        r.GetInt32(4),
        r.GetNullableUtc(5),
        r.GetUtc(6));
}
