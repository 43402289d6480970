using Passerelle.Sync.Configuration;

namespace Passerelle.Sync.Tests.Configuration;

public sealed class ConfigLoaderTests
{
    [Fact]
    public void Parse_Template_IsValidOnceFilesExist()
    {
        // Given the template `passerelle init` writes
        var config = ConfigLoader.Parse(ConfigTemplate.Yaml, "template");

        // When it is validated
        var error = Record.Exception(() => ConfigLoader.Validate(config, "template"));

        // Then it is valid and carries the documented defaults
        Assert.Null(error);
        Assert.Equal(["SN-DK", "SN-KL", "SN-TC"], config.Scope.Regions);
        Assert.Equal(1000, config.Dhis2.ChunkSize);
        Assert.Equal(5, config.Privacy.SmallCellThreshold);
    }

    [Fact]
    public void Validate_UnknownRegionAndBadUrl_NamesEachKey()
    {
        var config = ConfigLoader.Parse("""
            scope:
              regions: [SN-XX]
            dhis2:
              url: not a url
            ihris:
              kind: fhir
              url: http://127.0.0.1/fhir
            healthMap:
              facilities: f.csv
            """, "test.yaml");

        var error = Assert.Throws<ConfigurationException>(() => ConfigLoader.Validate(config, "test.yaml"));

        Assert.Contains(error.Problems, p => p.StartsWith("scope.regions", StringComparison.Ordinal) && p.Contains("SN-XX", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.StartsWith("dhis2.url", StringComparison.Ordinal));
        Assert.DoesNotContain(error.Problems, p => p.StartsWith("ihris", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_MalformedYaml_SaysLine()
    {
        var error = Assert.Throws<ConfigurationException>(() => ConfigLoader.Parse("scope:\n  regions: [SN-DK\n", "bad.yaml"));
        Assert.Contains("line", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BadDate_SaysWhy()
    {
        var error = Assert.Throws<ConfigurationException>(() => ConfigLoader.Parse("scope:\n  referenceDate: 31/10/2026\n", "bad.yaml"));
        Assert.Contains("yyyy-MM-dd", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RelativePaths_AreResolvedAgainstTheFile()
    {
        var dir = Directory.CreateTempSubdirectory("passerelle-config-");
        try
        {
            var path = Path.Combine(dir.FullName, "passerelle.yaml");
            File.WriteAllText(path, ConfigTemplate.Yaml);

            var config = ConfigLoader.Load(path);

            Assert.Equal(Path.Combine(dir.FullName, "carte-sanitaire.csv"), config.HealthMap.Facilities);
            Assert.Equal(Path.Combine(dir.FullName, "passerelle.duckdb"), config.Warehouse);
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void SecretSource_MissingFile_DoesNotLeakAnything()
    {
        var error = Assert.Throws<ConfigurationException>(() => SecretSource.Read("/nonexistent/secret", "PASSERELLE_TEST_UNSET"));
        Assert.Contains("/nonexistent/secret", error.Message, StringComparison.Ordinal);
    }
}
