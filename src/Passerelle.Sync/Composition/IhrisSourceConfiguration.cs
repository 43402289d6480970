using Passerelle.Ihris;
using Passerelle.Ihris.Fhir;
using Passerelle.Ihris.Manage4;
using Passerelle.Sync.Configuration;

namespace Passerelle.Sync.Composition;

/// <summary>Turns the <c>ihris</c> section of <c>passerelle.yaml</c> into the reader's options, secrets included.</summary>
public static class IhrisSourceConfiguration
{
    /// <summary>Backend password of iHRIS 5 (<c>access: backend</c>).</summary>
    public const string PasswordVariable = "PASSERELLE_IHRIS_PASSWORD";

    /// <summary>Password of the iHRIS 4 database account.</summary>
    public const string DbPasswordVariable = "PASSERELLE_IHRIS_DB_PASSWORD";

    /// <summary>The options for <see cref="WorkforceSourceFactory"/>; secrets come from the environment first, then the key files named in the configuration.</summary>
    public static IhrisSourceOptions Build(IhrisConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var options = new IhrisSourceOptions();
        switch (config.Kind)
        {
            case "ihris4-mysql":
                options.Kind = IhrisSourceKind.Manage4Sql;
                options.Manage4Sql.ConnectionString = config.ConnectionString ?? string.Empty;
                options.Manage4Sql.Password = SecretSource.Read(config.DbPasswordFile, DbPasswordVariable);
                Copy(config.FacilityTypes, options.Manage4Sql.FacilityTypeMap);
                break;
            case "ihris4-csv":
                options.Kind = IhrisSourceKind.Manage4CustomReport;
                options.CustomReport.Path = config.CsvFile ?? string.Empty;
                options.CustomReport.Delimiter = config.CsvDelimiter;
                options.CustomReport.Columns = config.CsvColumns;
                Copy(config.FacilityTypes, options.CustomReport.FacilityTypeMap);
                break;
            case "fhir":
                options.Kind = IhrisSourceKind.Fhir;
                options.Fhir.BaseUrl = new Uri(config.Url!.TrimEnd('/') + "/");
                options.Fhir.PageSize = config.PageSize;
                options.Fhir.Access = config.Access == "backend" ? IhrisFhirAccess.Backend : IhrisFhirAccess.DirectHapi;
                options.Fhir.Email = config.Email;
                options.Fhir.Password = SecretSource.Read(config.PasswordFile, PasswordVariable);
                Copy(config.FacilityTypes, options.Fhir.FacilityTypeMap);
                break;
            default:
                throw new ConfigurationException("ihris.kind", [$"ihris.kind: « {config.Kind} » inconnu / unknown; valides / valid: fhir, ihris4-mysql, ihris4-csv"]);
        }

        return options;
    }

    private static void Copy(Dictionary<string, string> from, IDictionary<string, string> to)
    {
        foreach (var (key, value) in from)
        {
            to[key] = value;
        }
    }
}
