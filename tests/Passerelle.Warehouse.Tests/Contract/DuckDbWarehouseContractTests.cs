namespace Passerelle.Warehouse.Tests.Contract;

/// <summary>
/// The contract on a DuckDB file in a fresh temporary folder per test. Each test starts from a copy of
/// one freshly migrated file (creating and migrating is covered by <c>DuckDbWarehouseTests</c>), which
/// keeps the suite quick on a shared machine.
/// </summary>
public sealed class DuckDbWarehouseContractTests : WarehouseContractTests
{
    private const string FileName = "entrepot.duckdb";

    private static readonly Lazy<Task<string>> MigratedTemplate = new(CreateTemplateAsync);

    private readonly string _folder = NewFolder();

    protected override async Task<string> CreateEmptyWarehouseAsync()
    {
        var template = await MigratedTemplate.Value;
        Directory.CreateDirectory(_folder);
        var path = Path.Combine(_folder, FileName);
        File.Copy(template, path);
        return path;
    }

    protected override Task DeleteWarehouseAsync()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }

        return Task.CompletedTask;
    }

    private static string NewFolder() => Path.Combine(Path.GetTempPath(), "passerelle-warehouse-" + Guid.NewGuid().ToString("N"));

    private static async Task<string> CreateTemplateAsync()
    {
        var path = Path.Combine(NewFolder(), FileName);
        await using (await WarehouseFactory.OpenAsync(path, null, CancellationToken.None))
        {
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        return path;
    }
}
