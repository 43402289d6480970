using Passerelle.Core.Facilities;
using Passerelle.Core.Geography;
using Passerelle.HealthMap.Reading;
using Passerelle.HealthMap.Registry;

namespace Passerelle.HealthMap.Tests.Registry;

public sealed class RegistryImporterGeoJsonTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly RegistryImporter _importer = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task CheckAsync_FeatureCollectionOfPoints_MapsPropertiesLikeColumns()
    {
        // Given
        var file = _folder.WriteUtf8("structures.geojson", """
            {"type":"FeatureCollection","features":[
              {"type":"Feature","geometry":{"type":"Point","coordinates":[-17.0611,14.7706]},
               "properties":{"Code":"SN-PS-001","Nom de la structure":"Poste de santé de Pout","Type":"PS","Région":"Thiès","District sanitaire":"Pout","Population desservie":12500,"Statut":"Ouvert"}},
              {"type":"Feature","geometry":{"type":"Point","coordinates":[14.4199,-16.9636]},
               "properties":{"Code":"SN-CS-002","Nom de la structure":"Centre de santé de Mbour","Type":"CS1","Région":"Thiès","District sanitaire":"Mbour"}},
              {"type":"Feature","geometry":null,
               "properties":{"Code":"SN-CS-003","Nom de la structure":"Centre de santé de Joal","Type":"CS1","Région":"Thiès","District sanitaire":"Joal-Fadiouth"}}
            ]}
            """);

        // When
        var result = await _importer.CheckAsync(file, CancellationToken.None);

        // Then
        Assert.Equal(RegistryFileFormat.GeoJson, result.Source.Format);
        Assert.Equal(3, result.RowsLoaded);
        var pout = result.Facilities[0];
        Assert.Equal(new GeoPoint(14.7706, -17.0611), pout.Facility.Location);
        Assert.Equal(FacilityType.PosteDeSante, pout.Facility.Type);
        Assert.Equal(12_500, pout.CatchmentPopulation);
        Assert.Equal(FacilityOperationalStatus.Open, pout.Status);
        Assert.Contains(result.Findings, f => f.Code == "HM-COORD-SWAPPED" && f.Row == 2);
        Assert.Contains(result.Findings, f => f.Code == "HM-COORD-MISSING" && f.Row == 3);
    }

    [Theory]
    [InlineData("""[{"Nom":"Poste de santé de Pout"}]""")]
    [InlineData("""{"type":"FeatureCollection","features":[""")]
    public async Task CheckAsync_JsonThatIsNotAFeatureCollection_IsRefused(string json)
    {
        var file = _folder.WriteUtf8("liste.json", json);

        var result = await _importer.CheckAsync(file, CancellationToken.None);

        Assert.True(result.IsRefused);
        Assert.Equal("HM-NOT-A-TABLE", Assert.Single(result.Findings).Code);
    }
}
