using Microsoft.Extensions.Logging;
using Passerelle.Warehouse.Database;

namespace Passerelle.Warehouse.Migrations;

/// <summary>
/// Brings a warehouse to the latest schema version, one migration per transaction, recording each in
/// <c>schema_version</c>. Running it on an up-to-date warehouse changes nothing.
/// </summary>
internal sealed class MigrationRunner(WarehouseDatabase database, TimeProvider timeProvider, ILogger logger)
{
    private const string CreateVersionTable =
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMP NOT NULL)";

    /// <returns>The versions applied by this call (empty when already up to date).</returns>
    public async Task<IReadOnlyList<int>> MigrateAsync(CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken).ConfigureAwait(false);
        await session.BeginAsync(cancellationToken).ConfigureAwait(false);
        await LockAsync(session, cancellationToken).ConfigureAwait(false);
        await session.ExecuteAsync(CreateVersionTable, cancellationToken).ConfigureAwait(false);
        await session.CommitAsync(cancellationToken).ConfigureAwait(false);
        var applied = (await session.ListAsync("SELECT version FROM schema_version", [], r => r.GetInt32(0), cancellationToken).ConfigureAwait(false))
            .ToHashSet();

        var latest = Migration.All[^1].Version;
        if (applied.Count > 0 && applied.Max() > latest)
        {
            throw new WarehouseException(
                $"L'entrepôt est à la version {applied.Max()}, plus récente que ce programme ({latest}) : mettez Passerelle à jour / " +
                $"the warehouse is at version {applied.Max()}, newer than this program ({latest}): upgrade Passerelle.");
        }

        var done = new List<int>();
        foreach (var migration in Migration.All.Where(m => !applied.Contains(m.Version)))
        {
            if (await ApplyAsync(session, migration, cancellationToken).ConfigureAwait(false))
            {
                MigrationLog.Applied(logger, database.Engine, migration.Version, migration.Name);
                done.Add(migration.Version);
            }
        }

        if (done.Count == 0)
        {
            MigrationLog.UpToDate(logger, database.Engine, latest);
        }

        return done;
    }

    /// <summary>The versions recorded in <c>schema_version</c>, in order.</summary>
    public async Task<IReadOnlyList<int>> AppliedVersionsAsync(CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken).ConfigureAwait(false);
        return await session.ListAsync("SELECT version FROM schema_version ORDER BY version", [], r => r.GetInt32(0), cancellationToken)
            .ConfigureAwait(false);
    }

    /// <returns>False when another process applied it first.</returns>
    private async Task<bool> ApplyAsync(SqlSession session, Migration migration, CancellationToken cancellationToken)
    {
        await session.BeginAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (await LockAsync(session, cancellationToken).ConfigureAwait(false))
            {
                var appliedMeanwhile = await session.ScalarAsync(
                    "SELECT count(*) FROM schema_version WHERE version = $1", [migration.Version], cancellationToken).ConfigureAwait(false);
                if (Convert.ToInt64(appliedMeanwhile, System.Globalization.CultureInfo.InvariantCulture) > 0)
                {
                    await session.CommitAsync(cancellationToken).ConfigureAwait(false);
                    return false;
                }
            }

            foreach (var script in migration.ScriptsFor(database.MigrationSuffix).Where(HasStatements))
            {
                await session.ExecuteAsync(script, cancellationToken).ConfigureAwait(false);
            }

            await session.ExecuteAsync(
                "INSERT INTO schema_version (version, name, applied_at) VALUES ($1, $2, $3)",
                [migration.Version, migration.Name, timeProvider.GetUtcNow()],
                cancellationToken).ConfigureAwait(false);
            await session.CommitAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException and not WarehouseException)
        {
            throw new WarehouseException(
                $"La migration {migration.Version:0000} ({migration.Name}) a échoué / migration {migration.Version:0000} ({migration.Name}) failed: {e.Message}", e);
        }
    }

    private async Task<bool> LockAsync(SqlSession session, CancellationToken cancellationToken)
    {
        if (database.MigrationLockStatement is not { } statement)
        {
            return false;
        }

        await session.ScalarAsync(statement, [], cancellationToken).ConfigureAwait(false);
        return true;
    }

    private static bool HasStatements(string script) =>
        script.Split('\n').Any(line => line.Trim() is { Length: > 0 } text && !text.StartsWith("--", StringComparison.Ordinal));
}
