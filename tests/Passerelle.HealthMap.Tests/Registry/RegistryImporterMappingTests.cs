using Passerelle.Core.Facilities;
using Passerelle.HealthMap.Mapping;
using Passerelle.HealthMap.Registry;

namespace Passerelle.HealthMap.Tests.Registry;

public sealed class RegistryImporterMappingTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task CheckAsync_WithAMinistryMapping_ReadsItsOwnHeadersAndLabels()
    {
        // Given
        var mapping = ColumnMappingFile.Load(_folder.WriteUtf8("mapping.yaml", """
            columns:
              code: [Code FOSA]
              name: [Nom FOSA]
              ownership: [Gestion]
            types:
              PSU: PS
            ownership:
              Mission catholique: Confessional
            """));
        var file = _folder.WriteUtf8("fosa.csv", "Code FOSA;Nom FOSA;Type;Gestion\nF-01;PS Médina;PSU;Mission catholique\n");

        // When
        var result = await new RegistryImporter(mapping).CheckAsync(file, CancellationToken.None);

        // Then
        var facility = Assert.Single(result.Facilities);
        Assert.Equal("F-01", facility.Code);
        Assert.Equal(FacilityType.PosteDeSante, facility.Facility.Type);
        Assert.Equal(Ownership.Confessional, facility.Ownership);
        Assert.Equal("Code FOSA", result.Source.Columns[RegistryField.Code]);
    }
}
