using Passerelle.Core.Storage;
using Passerelle.Warehouse.Database;
using Passerelle.Warehouse.Stores;

namespace Passerelle.Warehouse;

/// <summary>The ports over one database; created (and migrated) by <see cref="WarehouseFactory"/>.</summary>
internal sealed class DatabaseWarehouse(WarehouseDatabase database, TimeProvider timeProvider) : IWarehouse, IWarehouseEngineMemory
{
    public WarehouseEngine Engine => database.Engine;

    public IRunLedger Runs { get; } = new RunLedger(database);

    public IAuditLog Audit { get; } = new AuditLog(database);

    public IStagingStore Staging { get; } = new StagingStore(database, timeProvider);

    public ICrosswalkStore Crosswalk { get; } = new CrosswalkStore(database);

    public IDimensionStore Dimensions { get; } = new DimensionStore(database);

    public IFactStore Facts { get; } = new FactStore(database);

    public IResultStore Results { get; } = new ResultStore(database);

    public IPushLedger Pushes { get; } = new PushLedger(database);

    public IUserStore Users { get; } = new UserStore(database);

    internal WarehouseDatabase Database => database;

    public Task<long?> EngineMemoryBytesAsync(CancellationToken cancellationToken) => database.EngineMemoryBytesAsync(cancellationToken);

    public ValueTask DisposeAsync() => database.DisposeAsync();
}
