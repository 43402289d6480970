using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Passerelle.Core.Storage;

namespace Passerelle.Warehouse.Tests;

public sealed class WarehouseServiceCollectionExtensionsTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "passerelle-di-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task AddPasserelleWarehouse_DuckDbPath_ResolvesPortsOfOneWarehouseUsingTheRegisteredClock()
    {
        // Given a container with a fake clock and a DuckDB warehouse
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(time)
            .AddPasserelleWarehouse(Path.Combine(_folder, "entrepot.duckdb"));
        await using var provider = services.BuildServiceProvider();

        // When ports are resolved and used
        var warehouse = provider.GetRequiredService<IWarehouse>();
        var staging = provider.GetRequiredService<IStagingStore>();
        await staging.ReplaceWorkerRolesAsync(Core.Facilities.SourceSystem.Ihris, [Contract.ContractSamples.Role("p1", "R1")], CancellationToken.None);
        time.Advance(TimeSpan.FromDays(2));
        var purged = await staging.PurgeStagingOlderThanAsync(TimeSpan.FromDays(1), CancellationToken.None);

        // Then they belong to the same warehouse and follow the registered clock
        Assert.Same(warehouse.Staging, staging);
        Assert.Same(warehouse.Runs, provider.GetRequiredService<IRunLedger>());
        Assert.Equal(1, purged);
    }

    [Fact]
    public void AddPasserelleWarehouse_MalformedConnectionString_FailsAtRegistration()
    {
        // When a connection string names neither engine
        var error = Assert.Throws<FormatException>(() => new ServiceCollection().AddPasserelleWarehouse("Username=postgres"));

        // Then registration fails at once, saying what to write
        Assert.Contains("Host=", error.Message, StringComparison.Ordinal);
    }
}
