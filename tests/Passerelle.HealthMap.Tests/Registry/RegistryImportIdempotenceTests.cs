using Passerelle.HealthMap.Registry;

namespace Passerelle.HealthMap.Tests.Registry;

public sealed class RegistryImportIdempotenceTests : IDisposable
{
    private const string List = """
        Code;Nom de la structure;Type;Région;District sanitaire;Latitude;Longitude
        SN-PS-001;Poste de santé de Pout;PS;Thiès;Pout;14,7706;-17,0611
        SN-PS-001;Poste de santé de Keur Moussa;PS;Thiès;Pout;14,78;-17,11
        SN-CS-002;Centre de santé de Mbour;CS;Thiès;Mbour;-16,9636;14,4199
        """;

    private readonly TempFolder _folder = new();
    private readonly RegistryImporter _importer = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task CheckAsync_SameFileTwice_GivesIdenticalResults()
    {
        var file = _folder.WriteUtf8("carte.csv", List);

        var first = await _importer.CheckAsync(file, CancellationToken.None);
        var second = await _importer.CheckAsync(file, CancellationToken.None);

        Assert.Equal(RegistryResultJson.Serialize(first), RegistryResultJson.Serialize(second));
        Assert.Equal(64, first.Source.ContentHash.Length);
    }

    [Fact]
    public async Task ImportAsync_SameFileTwice_StoresItOnceAndChangesNothingTheSecondTime()
    {
        // Given
        var file = _folder.WriteUtf8("carte.csv", List);
        var store = new JsonFileRegistryStore(Path.Combine(_folder.Path, "store"));

        // When
        var first = await _importer.ImportAsync(file, store, CancellationToken.None);
        var stored = await File.ReadAllBytesAsync(store.PathFor(first.Result.Source.ContentHash));
        var second = await _importer.ImportAsync(file, store, CancellationToken.None);

        // Then
        Assert.Equal(RegistrySaveOutcome.Saved, first.SaveOutcome);
        Assert.Equal(RegistrySaveOutcome.AlreadyImported, second.SaveOutcome);
        Assert.Equal(stored, await File.ReadAllBytesAsync(store.PathFor(second.Result.Source.ContentHash)));
        Assert.Single(Directory.GetFiles(store.Directory));
    }

    [Fact]
    public async Task ImportAsync_RefusedFile_StoresNothing()
    {
        var file = _folder.WriteUtf8("wrong.csv", "Code;Région\nSN-1;Thiès\n");
        var store = new JsonFileRegistryStore(Path.Combine(_folder.Path, "store"));

        var report = await _importer.ImportAsync(file, store, CancellationToken.None);

        Assert.Null(report.SaveOutcome);
        Assert.False(Directory.Exists(store.Directory));
    }
}
