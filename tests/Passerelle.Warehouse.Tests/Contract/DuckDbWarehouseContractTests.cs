namespace Passerelle.Warehouse.Tests.Contract;

/// <summary>The contract on a DuckDB file in a fresh temporary folder per test.</summary>
public sealed class DuckDbWarehouseContractTests : WarehouseContractTests
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "passerelle-warehouse-" + Guid.NewGuid().ToString("N"));

    protected override Task<string> CreateEmptyWarehouseAsync() =>
        Task.FromResult(Path.Combine(_folder, "entrepot.duckdb"));

    protected override Task DeleteWarehouseAsync()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }

        return Task.CompletedTask;
    }
}
