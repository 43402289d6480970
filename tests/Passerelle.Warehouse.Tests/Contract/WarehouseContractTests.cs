using Microsoft.Extensions.Time.Testing;
using Passerelle.Core.Storage;
using Passerelle.Testing;

namespace Passerelle.Warehouse.Tests.Contract;

/// <summary>
/// The storage contract: every test here runs, unchanged, on each engine through a concrete subclass.
/// Each test gets its own empty warehouse, so no test sees another's rows.
/// </summary>
public abstract partial class WarehouseContractTests : IAsyncLifetime
{
    protected static readonly DateTimeOffset Start = new(2026, 1, 15, 8, 0, 0, TimeSpan.Zero);

    private IWarehouse? _warehouse;

    protected FakeTimeProvider Time { get; } = new(Start);

    protected string ConnectionString { get; private set; } = string.Empty;

    protected IWarehouse Warehouse => _warehouse ?? throw new InvalidOperationException("Not initialised.");

    protected static CancellationToken Ct => CancellationToken.None;

    public async Task InitializeAsync()
    {
        ConnectionString = await CreateEmptyWarehouseAsync();
        _warehouse = await WarehouseFactory.OpenAsync(ConnectionString, Time, Ct);
    }

    public async Task DisposeAsync()
    {
        if (_warehouse is not null)
        {
            await _warehouse.DisposeAsync();
        }

        await DeleteWarehouseAsync();
    }

    /// <summary>A connection string to a new, empty warehouse of the engine under test.</summary>
    protected abstract Task<string> CreateEmptyWarehouseAsync();

    protected abstract Task DeleteWarehouseAsync();

    [ContractFact]
    public async Task OpenAsync_SecondTime_AppliesNoMigrationAndKeepsData()
    {
        // Given a warehouse holding an audit event
        await Warehouse.Audit.AppendAsync(new AuditEvent(Start, "system", "pull", "source", "ihris", null), Ct);

        // When it is opened again
        await using var again = await WarehouseFactory.OpenAsync(ConnectionString, Time, Ct);
        var database = ((DatabaseWarehouse)again).Database;
        var appliedNow = await new Migrations.MigrationRunner(database, Time, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance).MigrateAsync(Ct);
        var versions = await new Migrations.MigrationRunner(database, Time, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance).AppliedVersionsAsync(Ct);

        // Then every version is recorded once, nothing is re-applied and the data is intact
        Assert.Empty(appliedNow);
        Assert.Equal(Migrations.Migration.All.Select(m => m.Version), versions);
        Assert.Single(await again.Audit.ReadAsync(new AuditQuery(), Ct));
    }
}
