using Passerelle.Core.Facilities;
using Passerelle.Sync.Matching;

namespace Passerelle.Sync.Tests.Matching;

public sealed class FacilityListCsvTests : IDisposable
{
    private readonly string _workDir = Directory.CreateTempSubdirectory("passerelle-csv-").FullName;

    [Fact]
    public async Task ReadAsync_BomQuotedFieldsAndExtraColumns_ReadsEveryRecord()
    {
        // Given
        var path = Write("\uFEFFid,name,extra,latitude,longitude\nA,\"Poste de santé de Joal, Fadial\",x,14.16,-16.83\nB,CS Mbour,,,\n");

        // When
        var facilities = await FacilityListCsv.ReadAsync(path, SourceSystem.HealthMap, CancellationToken.None);

        // Then
        Assert.Equal(2, facilities.Count);
        Assert.Equal("Poste de santé de Joal, Fadial", facilities[0].Name);
        Assert.Equal(14.16, facilities[0].Location?.Latitude);
        Assert.Null(facilities[1].Location);
    }

    [Fact]
    public async Task ReadAsync_NonNumericLatitude_ErrorNamesFileRowAndColumn()
    {
        // Given
        var path = Write("id,name,latitude,longitude\nA,PS Joal,14.1,-16.8\nB,PS Fadial,quatorze,-16.8\n");

        // When
        var error = await Assert.ThrowsAsync<FacilityCsvException>(() => FacilityListCsv.ReadAsync(path, SourceSystem.HealthMap, CancellationToken.None));

        // Then
        Assert.Equal(3, error.Row);
        Assert.Equal("latitude", error.Column);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("ligne 3, colonne latitude", error.Message, StringComparison.Ordinal);
        Assert.Contains("row 3, column latitude", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_DecimalComma_ErrorExplainsTheDecimalPoint()
    {
        // Given
        var path = Write("id,name,latitude,longitude\nA,PS Joal,\"14,1\",-16.8\n");

        // When
        var error = await Assert.ThrowsAsync<FacilityCsvException>(() => FacilityListCsv.ReadAsync(path, SourceSystem.HealthMap, CancellationToken.None));

        // Then
        Assert.Contains("point décimal", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_MissingNameColumn_ErrorNamesTheColumn()
    {
        // Given
        var path = Write("id,type,district\nA,PS,Mbour\n");

        // When
        var error = await Assert.ThrowsAsync<FacilityCsvException>(() => FacilityListCsv.ReadAsync(path, SourceSystem.HealthMap, CancellationToken.None));

        // Then
        Assert.Equal("name", error.Column);
        Assert.Contains("colonne(s) obligatoire(s) absente(s) : name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_DuplicateId_ErrorNamesBothRows()
    {
        // Given
        var path = Write("id,name\nA,PS Joal\nA,PS Fadial\n");

        // When
        var error = await Assert.ThrowsAsync<FacilityCsvException>(() => FacilityListCsv.ReadAsync(path, SourceSystem.HealthMap, CancellationToken.None));

        // Then
        Assert.Equal(3, error.Row);
        Assert.Contains("déjà ligne 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_LatitudeOutOfRange_Rejected()
    {
        // Given
        var path = Write("id,name,latitude,longitude\nA,PS Joal,140.1,-16.8\n");

        // When
        var error = await Assert.ThrowsAsync<FacilityCsvException>(() => FacilityListCsv.ReadAsync(path, SourceSystem.HealthMap, CancellationToken.None));

        // Then
        Assert.Equal("latitude", error.Column);
    }

    [Fact]
    public async Task ReadAsync_MissingFile_ErrorSaysFileNotFound()
    {
        // When
        var error = await Assert.ThrowsAsync<FacilityCsvException>(() => FacilityListCsv.ReadAsync(Path.Combine(_workDir, "nope.csv"), SourceSystem.HealthMap, CancellationToken.None));

        // Then
        Assert.Contains("fichier introuvable / ", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_workDir, recursive: true);

    private string Write(string content)
    {
        var path = Path.Combine(_workDir, Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(path, content, new System.Text.UTF8Encoding(false));
        return path;
    }
}
