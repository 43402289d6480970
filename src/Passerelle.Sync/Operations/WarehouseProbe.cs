using System.Data.Common;
using DuckDB.NET.Data;
using Npgsql;
using Passerelle.Warehouse;

namespace Passerelle.Sync.Operations;

/// <summary>The warehouse, read-only: the run lock, the schema version, the file's permissions.</summary>
internal static class WarehouseProbe
{
    public static async Task<IReadOnlyList<DoctorCheck>> CheckAsync(string warehouse, CancellationToken cancellationToken)
    {
        WarehouseConnectionString settings;
        try
        {
            settings = WarehouseConnectionString.Parse(warehouse);
        }
        catch (FormatException e)
        {
            return [DoctorCheck.Fail("warehouse", e.Message, "corrigez / fix `warehouse`")];
        }

        var checks = new List<DoctorCheck>();
        RunLockHolder? holder;
        try
        {
            holder = await RunLock.FindHolderAsync(warehouse, cancellationToken).ConfigureAwait(false);
        }
        catch (NpgsqlException e)
        {
            return [DoctorCheck.Fail("warehouse", $"PostgreSQL: {e.Message}", "vérifiez la chaîne de connexion et le serveur / check the connection string and the server")];
        }

        checks.Add(holder is null
            ? DoctorCheck.Ok("run lock", "libre / free")
            : DoctorCheck.Warn("run lock", $"détenu / held: {holder.Describe()}", "une synchronisation tourne ; attendez / a sync is running; wait"));
        if (settings.Engine == WarehouseEngine.DuckDb)
        {
            var path = settings.DuckDbPath!;
            if (!File.Exists(path))
            {
                checks.Add(DoctorCheck.Warn("warehouse", $"pas encore créé, le sera au premier sync / not created yet, the first sync will: {path}"));
                return checks;
            }

            checks.Add(SecretChecks.IsPrivate(path)
                ? DoctorCheck.Ok("warehouse permissions", $"droits 600 / mode 600: {path}")
                : DoctorCheck.Fail("warehouse permissions", $"lisible par d'autres / readable by others: {path}", $"chmod 600 {path} (le prochain sync le corrige aussi / the next sync fixes it too)"));
            if (holder is not null)
            {
                return checks; // DuckDB lets one process open the file: do not disturb the running sync.
            }
        }

        checks.Add(await SchemaCheckAsync(settings, cancellationToken).ConfigureAwait(false));
        return checks;
    }

    private static async Task<DoctorCheck> SchemaCheckAsync(WarehouseConnectionString settings, CancellationToken cancellationToken)
    {
        try
        {
            await using DbConnection connection = settings.Engine == WarehouseEngine.DuckDb
                ? new DuckDBConnection(settings.ProviderConnectionString + ";ACCESS_MODE=READ_ONLY")
                : new NpgsqlConnection(settings.ProviderConnectionString);
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT max(version), count(*) FROM schema_version";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            return reader.IsDBNull(0)
                ? DoctorCheck.Warn("warehouse", "ouvert, aucun schéma encore / opened, no schema yet (le prochain sync le crée / the next sync creates it)")
                : DoctorCheck.Ok("warehouse", $"ouvert, schéma version {reader.GetValue(0)} ({reader.GetValue(1)} migrations) / opened, schema version {reader.GetValue(0)}");
        }
        catch (DbException e)
        {
            return DoctorCheck.Fail("warehouse", $"ouverture impossible / cannot open: {e.Message}",
                "vérifiez `warehouse`, les droits et qu'aucun autre processus ne l'a ouvert / check `warehouse`, permissions and that no other process has it open");
        }
    }
}
