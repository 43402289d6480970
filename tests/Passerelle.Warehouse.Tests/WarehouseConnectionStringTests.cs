namespace Passerelle.Warehouse.Tests;

public sealed class WarehouseConnectionStringTests
{
    [Theory]
    [InlineData("Host=127.0.0.1;Port=5432;Username=passerelle;Database=passerelle")]
    [InlineData("Server=db.sante.sn;Database=passerelle")]
    [InlineData(" host = db ; Database=passerelle ")]
    public void Parse_HostOrServer_SelectsPostgreSql(string connectionString)
    {
        // When parsed
        var parsed = WarehouseConnectionString.Parse(connectionString);

        // Then PostgreSQL is chosen and the string is passed on unchanged
        Assert.Equal(WarehouseEngine.PostgreSql, parsed.Engine);
        Assert.Equal(connectionString.Trim(), parsed.ProviderConnectionString);
    }

    [Theory]
    [InlineData("entrepot.duckdb")]
    [InlineData("/var/lib/passerelle/entrepot.duckdb")]
    [InlineData("DataSource=/var/lib/passerelle/entrepot.duckdb")]
    [InlineData("Data Source=entrepot.duckdb")]
    public void Parse_PathOrDataSource_SelectsDuckDbWithAFullPath(string connectionString)
    {
        // When parsed
        var parsed = WarehouseConnectionString.Parse(connectionString);

        // Then DuckDB is chosen, on an absolute path to the same file name
        Assert.Equal(WarehouseEngine.DuckDb, parsed.Engine);
        Assert.True(Path.IsPathFullyQualified(parsed.DuckDbPath ?? string.Empty));
        Assert.Equal("entrepot.duckdb", Path.GetFileName(parsed.DuckDbPath));
        Assert.Equal("DataSource=" + parsed.DuckDbPath, parsed.ProviderConnectionString);
    }

    [Theory]
    [InlineData(":memory:")]
    [InlineData("DataSource=:memory:")]
    [InlineData("Username=postgres;Database=passerelle")]
    public void Parse_InMemoryOrUnknownKeys_FailsWithAMessageSayingWhatToUse(string connectionString)
    {
        // When parsed
        var error = Assert.Throws<FormatException>(() => WarehouseConnectionString.Parse(connectionString));

        // Then the message is French first, with English alongside
        Assert.Contains(" / ", error.Message, StringComparison.Ordinal);
        Assert.Contains("DuckDB", error.Message, StringComparison.Ordinal);
    }
}
