using Passerelle.HealthMap.Mapping;

namespace Passerelle.HealthMap.Tests.Mapping;

public sealed class ColumnMappingTests
{
    [Theory]
    [InlineData("Nom de la structure", RegistryField.Name)]
    [InlineData("NOM DE LA STRUCTURE", RegistryField.Name)]
    [InlineData("nom_de_la_structure", RegistryField.Name)]
    [InlineData("Facility name", RegistryField.Name)]
    [InlineData("Code", RegistryField.Code)]
    [InlineData("Type", RegistryField.Type)]
    [InlineData("Statut juridique", RegistryField.Ownership)]
    [InlineData("REGION", RegistryField.Region)]
    [InlineData("Région", RegistryField.Region)]
    [InlineData("District Sanitaire", RegistryField.District)]
    [InlineData("Health district", RegistryField.District)]
    [InlineData("Latitude", RegistryField.Latitude)]
    [InlineData("Latitude (degrés décimaux)", RegistryField.Latitude)]
    [InlineData("lon", RegistryField.Longitude)]
    [InlineData("Population desservie", RegistryField.CatchmentPopulation)]
    [InlineData("Statut", RegistryField.Status)]
    [InlineData("État", RegistryField.Status)]
    public void FieldFor_DefaultMapping_RecognisesFrenchAndEnglishHeaders(string header, RegistryField expected)
    {
        Assert.Equal(expected, ColumnMapping.Default.FieldFor(header));
    }

    [Fact]
    public void FieldFor_UnknownHeader_GivesNull()
    {
        Assert.Null(ColumnMapping.Default.FieldFor("Nombre de lits"));
    }

    [Fact]
    public void Parse_YamlMapping_ReplacesListedFieldsAndKeepsTheOthers()
    {
        // Given
        const string yaml = """
            columns:
              name: [Nom FOSA]
              catchmentPopulation: Pop. aire
            types:
              PSU: PS
            """;

        // When
        var mapping = ColumnMappingFile.Parse(yaml, "mapping.yaml");

        // Then
        Assert.Equal(RegistryField.Name, mapping.FieldFor("Nom FOSA"));
        Assert.Null(mapping.FieldFor("Nom de la structure"));
        Assert.Equal(RegistryField.CatchmentPopulation, mapping.FieldFor("pop aire"));
        Assert.Equal(RegistryField.District, mapping.FieldFor("District sanitaire"));
        Assert.Contains("mapping.yaml", mapping.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_JsonMapping_IsReadLikeYaml()
    {
        var mapping = ColumnMappingFile.Parse("""{"columns": {"code": ["Code FOSA"]}, "ownership": {"Privé catholique": "Confessional"}}""", "mapping.json");

        Assert.Equal(RegistryField.Code, mapping.FieldFor("code fosa"));
    }

    [Fact]
    public void Parse_UnknownFieldAndTypeCode_ListsEachProblemWithItsLine()
    {
        const string yaml = """
            columns:
              nombre: [Nom]
            types:
              PSU: POSTE
            """;

        var error = Assert.Throws<ColumnMappingException>(() => ColumnMappingFile.Parse(yaml, "m.yaml"));

        Assert.Equal(2, error.Problems.Count);
        Assert.Contains(error.Problems, p => p.StartsWith("m.yaml:2", StringComparison.Ordinal) && p.Contains("nombre", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.StartsWith("m.yaml:4", StringComparison.Ordinal) && p.Contains("POSTE", StringComparison.Ordinal));
    }
}
