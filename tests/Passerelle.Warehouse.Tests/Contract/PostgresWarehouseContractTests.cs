using Passerelle.Testing;

namespace Passerelle.Warehouse.Tests.Contract;

/// <summary>The contract on PostgreSQL: a fresh schema per test in a database of this class.</summary>
[RequiresServer(TestServers.PostgresVariable, "PostgreSQL")]
public sealed class PostgresWarehouseContractTests(PostgresServerFixture server) : WarehouseContractTests, IClassFixture<PostgresServerFixture>
{
    protected override Task<string> CreateEmptyWarehouseAsync() => server.CreateSchemaAsync();

    // The schema goes with the class's database when the fixture drops it.
    protected override Task DeleteWarehouseAsync() => Task.CompletedTask;
}
