using Passerelle.Ihris;
using Passerelle.Sync.Composition;
using Passerelle.Sync.Configuration;

namespace Passerelle.Sync.Tests.Composition;

/// <summary>The <c>ihris</c> section picks the reader; its secrets come from the environment, then the key files.</summary>
public sealed class IhrisSourceConfigurationTests : IDisposable
{
    private readonly string _passwordFile = Path.GetTempFileName();

    public void Dispose() => File.Delete(_passwordFile);

    [Fact]
    public void Build_Ihris4Mysql_TakesConnectionAndPasswordFromKeyFile()
    {
        // Given an ihris4-mysql section naming a password file (PASSERELLE_IHRIS_DB_PASSWORD unset in tests)
        Assert.Null(Environment.GetEnvironmentVariable(IhrisSourceConfiguration.DbPasswordVariable));
        File.WriteAllText(_passwordFile, "lecture-secret\n");
        var config = new IhrisConfig { Kind = "ihris4-mysql", ConnectionString = "Server=127.0.0.1;Database=ihris;User ID=lecture", DbPasswordFile = _passwordFile };
        config.FacilityTypes["Poste de santé"] = "PS";

        // When the options are built
        var options = IhrisSourceConfiguration.Build(config);

        // Then the SQL reader is chosen, with the connection, the password and the type map
        Assert.Equal(IhrisSourceKind.Manage4Sql, options.Kind);
        Assert.Equal("Server=127.0.0.1;Database=ihris;User ID=lecture", options.Manage4Sql.ConnectionString);
        Assert.Equal("lecture-secret", options.Manage4Sql.Password);
        Assert.Equal("PS", options.Manage4Sql.FacilityTypeMap["poste de santé"]);
    }

    [Fact]
    public void Build_Ihris4Csv_TakesFileDelimiterAndColumns()
    {
        // Given an ihris4-csv section with its own columns
        var config = new IhrisConfig { Kind = "ihris4-csv", CsvFile = "/data/hr.csv", CsvDelimiter = ";" };
        config.CsvColumns.Gender = "Sexe";

        // When the options are built
        var options = IhrisSourceConfiguration.Build(config);

        // Then the report reader is chosen with them
        Assert.Equal(IhrisSourceKind.Manage4CustomReport, options.Kind);
        Assert.Equal(("/data/hr.csv", ";", "Sexe"), (options.CustomReport.Path, options.CustomReport.Delimiter, options.CustomReport.Columns.Gender));
    }

    [Fact]
    public void Build_FhirBackend_TakesEmailAndPasswordFile()
    {
        // Given a fhir section through the backend, its password in a key file
        File.WriteAllText(_passwordFile, "backend-secret");
        var config = new IhrisConfig { Kind = "fhir", Url = "https://ihris.example/fhir", Access = "backend", Email = "sync@example.org", PasswordFile = _passwordFile };

        // When the options are built
        var options = IhrisSourceConfiguration.Build(config);

        // Then the FHIR reader logs in with them
        Assert.Equal(IhrisSourceKind.Fhir, options.Kind);
        Assert.Equal(Passerelle.Ihris.Fhir.IhrisFhirAccess.Backend, options.Fhir.Access);
        Assert.Equal(("sync@example.org", "backend-secret"), (options.Fhir.Email, options.Fhir.Password));
        Assert.Empty(options.Validate());
    }
}
