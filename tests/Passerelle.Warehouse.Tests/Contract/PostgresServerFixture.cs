using Npgsql;
using Passerelle.Testing;

namespace Passerelle.Warehouse.Tests.Contract;

/// <summary>
/// One throwaway database per test class on the server of <see cref="TestServers.Postgres"/>; each test
/// then takes its own schema in it. When the server is missing outside CI the tests are skipped and
/// this fixture touches nothing; under CI=true a missing server fails the tests.
/// </summary>
public sealed class PostgresServerFixture : IAsyncLifetime
{
    private readonly string _database = "passerelle_test_" + Guid.NewGuid().ToString("N");
    private string? _serverConnectionString;

    public static bool IsSkipped => RequiresServerAttribute.SkipReason(TestServers.PostgresVariable, "PostgreSQL") is not null;

    public async Task InitializeAsync()
    {
        if (IsSkipped)
        {
            return;
        }

        _serverConnectionString = TestServers.Postgres;
        await using var connection = new NpgsqlConnection(_serverConnectionString);
        await connection.OpenAsync();
        // A French linguistic collation, as a ministry's server may have: the warehouse must still sort like DuckDB.
        await using var create = new NpgsqlCommand(
            $"CREATE DATABASE {_database} TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'fr-FR' LOCALE 'C.UTF-8'", connection);
        await create.ExecuteNonQueryAsync();
    }

    /// <summary>A connection string to a new, empty schema of this class's database.</summary>
    public async Task<string> CreateSchemaAsync()
    {
        var schema = "t_" + Guid.NewGuid().ToString("N");
        var builder = new NpgsqlConnectionStringBuilder(_serverConnectionString ?? TestServers.Postgres) { Database = _database };
        await using (var connection = new NpgsqlConnection(builder.ConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
            await create.ExecuteNonQueryAsync();
        }

        builder.SearchPath = schema;
        return builder.ConnectionString;
    }

    public async Task DisposeAsync()
    {
        if (_serverConnectionString is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_serverConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
