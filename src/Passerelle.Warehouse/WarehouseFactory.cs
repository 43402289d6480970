using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Passerelle.Core.Storage;
using Passerelle.Warehouse.Database;
using Passerelle.Warehouse.Migrations;

namespace Passerelle.Warehouse;

/// <summary>Opens a warehouse from its connection string, creating and migrating it as needed.</summary>
public static class WarehouseFactory
{
    /// <summary>
    /// Opens (and creates or migrates) the warehouse. <c>Host=…</c> opens PostgreSQL; a file path or
    /// <c>DataSource=…</c> opens (or creates, owner-only) a DuckDB file.
    /// </summary>
    /// <param name="timeProvider">Clock for load stamps and retention; the system clock when null.</param>
    public static Task<IWarehouse> OpenAsync(string connectionString, TimeProvider? timeProvider, CancellationToken cancellationToken) =>
        OpenAsync(connectionString, timeProvider, null, cancellationToken);

    /// <inheritdoc cref="OpenAsync(string, TimeProvider?, CancellationToken)"/>
    /// <param name="logger">Where applied migrations are logged; nowhere when null.</param>
    public static async Task<IWarehouse> OpenAsync(string connectionString, TimeProvider? timeProvider, ILogger? logger, CancellationToken cancellationToken)
    {
        var settings = WarehouseConnectionString.Parse(connectionString);
        var time = timeProvider ?? TimeProvider.System;
        WarehouseDatabase database = settings.Engine == WarehouseEngine.PostgreSql
            ? PostgresDatabase.Create(settings)
            : await DuckDbDatabase.OpenAsync(settings, cancellationToken).ConfigureAwait(false);
        try
        {
            await new MigrationRunner(database, time, logger ?? NullLogger.Instance).MigrateAsync(cancellationToken).ConfigureAwait(false);
            database.AfterOpen();
            return new DatabaseWarehouse(database, time);
        }
        catch
        {
            await database.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Blocking form of <see cref="OpenAsync"/>, for composition roots that cannot await.</summary>
    public static IWarehouse Open(string connectionString, TimeProvider? timeProvider = null, ILogger? logger = null) =>
        OpenAsync(connectionString, timeProvider, logger, CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>The engine a connection string selects, without opening anything.</summary>
    public static WarehouseEngine EngineOf(string connectionString) => WarehouseConnectionString.Parse(connectionString).Engine;
}
