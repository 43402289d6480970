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

    [Theory]
    [InlineData("DataSource=entrepot.duckdb;Memory Limit=1GB", "1GB")]
    [InlineData("Data Source=entrepot.duckdb; memory_limit = 512 MiB", "512MiB")]
    [InlineData("entrepot.duckdb", null)]
    public void Parse_DuckDbWithOrWithoutAMemoryLimit_KeepsIt(string connectionString, string? expected)
    {
        // When parsed
        var parsed = WarehouseConnectionString.Parse(connectionString);

        // Then the limit is kept as DuckDB reads it, or left to Passerelle's default
        Assert.Equal(expected, parsed.DuckDbMemoryLimit);
        Assert.Equal("DataSource=" + parsed.DuckDbPath, parsed.ProviderConnectionString);
    }

    [Theory]
    [InlineData("DataSource=entrepot.duckdb;Memory Limit=beaucoup")]
    [InlineData("DataSource=entrepot.duckdb;Memory Limit=1GB' --")]
    public void Parse_UnreadableMemoryLimit_FailsSayingWhatIsExpected(string connectionString)
    {
        // When parsed
        var error = Assert.Throws<FormatException>(() => WarehouseConnectionString.Parse(connectionString));

        // Then the message says which value and what a limit looks like
        Assert.Contains("unreadable DuckDB memory limit", error.Message, StringComparison.Ordinal);
        Assert.Contains("Memory Limit=1GB", error.Message, StringComparison.Ordinal);
    }
}
