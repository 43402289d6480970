using Passerelle.DemoWorld;
using Passerelle.DemoWorld.Model;
using Passerelle.HealthMap.Registry;
using Passerelle.Warehouse;

namespace Passerelle.Sync.Tests.HealthMap;

/// <summary><c>healthmap import</c>'s store: the facility list lands in the warehouse once, with its import dated in the ledger.</summary>
public sealed class WarehouseRegistryStoreTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("passerelle-registry-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task ImportAsync_SameFileTwice_StoresOnceAndChangesNothing()
    {
        // Given the Kaolack demo Carte sanitaire and an empty warehouse
        var file = Path.Combine(_folder.FullName, "carte-sanitaire.csv");
        RegistryFileWriter.WriteCsv(DemoWorldGenerator.Generate(DemoWorldOptions.Default with { RegionCodes = ["SN-KL"] }), file);
        await using var warehouse = await WarehouseFactory.OpenAsync(Path.Combine(_folder.FullName, "w.duckdb"), TimeProvider.System, CancellationToken.None);
        var importer = new RegistryImporter();

        // When it is imported twice
        var first = await importer.ImportAsync(file, new WarehouseRegistryStore(warehouse, Guid.NewGuid(), TimeProvider.System), CancellationToken.None);
        var registryAfterFirst = await warehouse.Staging.ReadRegistryFacilitiesAsync(CancellationToken.None);
        var quarantineAfterFirst = await warehouse.Staging.ReadQuarantineAsync(null, CancellationToken.None);
        var second = await importer.ImportAsync(file, new WarehouseRegistryStore(warehouse, Guid.NewGuid(), TimeProvider.System), CancellationToken.None);

        // Then the first stores every loaded facility and its quarantine, the second changes nothing
        Assert.Equal(RegistrySaveOutcome.Saved, first.SaveOutcome);
        Assert.Equal(RegistrySaveOutcome.AlreadyImported, second.SaveOutcome);
        Assert.Equal(first.Result.RowsLoaded, registryAfterFirst.Count);
        Assert.Equal(first.Result.RowsQuarantined, quarantineAfterFirst.Count);
        Assert.Equal(registryAfterFirst, await warehouse.Staging.ReadRegistryFacilitiesAsync(CancellationToken.None));
        Assert.Equal(quarantineAfterFirst.Count, (await warehouse.Staging.ReadQuarantineAsync(null, CancellationToken.None)).Count);
        var ledger = await warehouse.Staging.FindImportAsync(first.Result.Source.ContentHash, CancellationToken.None);
        Assert.Equal((WarehouseRegistryStore.ImportKind, (long)first.Result.RowsRead), (ledger!.Kind, ledger.RowCount));
    }
}
