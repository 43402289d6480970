using Microsoft.Extensions.Time.Testing;
using Passerelle.Core.Storage;
using Passerelle.Warehouse;

namespace Passerelle.Web.Tests;

/// <summary>A fresh, empty DuckDB warehouse in a temporary folder, on a fake clock, for one test class.</summary>
internal sealed class EmptyTestWarehouse : IAsyncDisposable
{
    private readonly DirectoryInfo _directory;

    private EmptyTestWarehouse(DirectoryInfo directory, FakeTimeProvider time, IWarehouse warehouse)
    {
        _directory = directory;
        Time = time;
        Warehouse = warehouse;
    }

    public FakeTimeProvider Time { get; }

    public IWarehouse Warehouse { get; }

    public static async Task<EmptyTestWarehouse> OpenAsync(string prefix)
    {
        var directory = Directory.CreateTempSubdirectory(prefix);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));
        var warehouse = await WarehouseFactory.OpenAsync(Path.Combine(directory.FullName, "w.duckdb"), time, CancellationToken.None);
        return new EmptyTestWarehouse(directory, time, warehouse);
    }

    public async ValueTask DisposeAsync()
    {
        await Warehouse.DisposeAsync();
        _directory.Delete(true);
    }
}
