using Passerelle.Core.Geography;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Passerelle.Sync.Configuration;

/// <summary>Reads and validates <c>passerelle.yaml</c>; relative paths are resolved against the file's folder.</summary>
public static class ConfigLoader
{
    private static readonly string[] IhrisKinds = ["fhir", "ihris4-mysql", "ihris4-csv"];

    public static PasserelleConfig Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new ConfigurationException(path, [$"fichier introuvable / file not found: {path} — lancez / run `passerelle init` pour en écrire un / to write one"]);
        }

        var config = Parse(File.ReadAllText(path), path);
        ResolvePaths(config, Path.GetDirectoryName(Path.GetFullPath(path))!);
        Validate(config, path);
        return config;
    }

    public static PasserelleConfig Parse(string yaml, string source)
    {
        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(CamelCaseNamingConvention.Instance)
            .WithTypeConverter(new DateOnlyYamlConverter())
            .Build();
        try
        {
            return deserializer.Deserialize<PasserelleConfig?>(yaml) ?? new PasserelleConfig();
        }
        catch (YamlException e)
        {
            var reason = e.InnerException?.Message ?? e.Message;
            throw new ConfigurationException(source, [$"ligne / line {e.Start.Line}, colonne / column {e.Start.Column}: {reason}"]);
        }
    }

    public static void Validate(PasserelleConfig config, string source)
    {
        var problems = new List<string>();
        foreach (var region in config.Scope.Regions.Where(r => SenegalRegions.ByCode(r) is null))
        {
            problems.Add($"scope.regions: « {region} » n'est pas un code de région / is not a region code; valides / valid: {string.Join(", ", SenegalRegions.All.Select(r => r.Code))}");
        }

        if (string.IsNullOrWhiteSpace(config.Warehouse))
        {
            problems.Add("warehouse: vide / empty — un chemin de fichier DuckDB ou / a DuckDB file path or « Host=…;Database=… » (PostgreSQL)");
        }

        if (!Uri.TryCreate(config.Dhis2.Url, UriKind.Absolute, out var dhis2) || dhis2.Scheme is not ("http" or "https"))
        {
            problems.Add($"dhis2.url: « {config.Dhis2.Url} » n'est pas une URL http(s) / is not an http(s) URL, e.g. https://dhis2.example.org");
        }

        if (config.Dhis2.ChunkSize is < 1 or > 100_000)
        {
            problems.Add($"dhis2.chunkSize: {config.Dhis2.ChunkSize} hors de / out of 1..100000");
        }

        if (config.Dhis2.TimeoutSeconds is < 1 or > 3600)
        {
            problems.Add($"dhis2.timeoutSeconds: {config.Dhis2.TimeoutSeconds} hors de / out of 1..3600");
        }

        ValidateIhris(config.Ihris, problems);

        if (string.IsNullOrWhiteSpace(config.HealthMap.Facilities))
        {
            problems.Add("healthMap.facilities: vide / empty — le fichier de la carte sanitaire / the Carte sanitaire file (CSV, XLSX, GeoJSON)");
        }

        if (config.Privacy.SmallCellThreshold is < 0 or > 100)
        {
            problems.Add($"privacy.smallCellThreshold: {config.Privacy.SmallCellThreshold} hors de / out of 0..100");
        }

        if (config.Privacy.StagingRetentionDays < 1)
        {
            problems.Add($"privacy.stagingRetentionDays: {config.Privacy.StagingRetentionDays} doit être ≥ 1 / must be ≥ 1");
        }

        if (problems.Count > 0)
        {
            throw new ConfigurationException(source, problems);
        }
    }

    private static void ValidateIhris(IhrisConfig ihris, List<string> problems)
    {
        if (!IhrisKinds.Contains(ihris.Kind))
        {
            problems.Add($"ihris.kind: « {ihris.Kind} » inconnu / unknown; valides / valid: {string.Join(", ", IhrisKinds)}");
            return;
        }

        if (ihris.Kind == "fhir" && !Uri.TryCreate(ihris.Url, UriKind.Absolute, out _))
        {
            problems.Add($"ihris.url: « {ihris.Url} » n'est pas une URL / is not a URL (FHIR base, e.g. https://ihris.example/fhir)");
        }

        if (ihris.Kind == "ihris4-mysql" && string.IsNullOrWhiteSpace(ihris.ConnectionString))
        {
            problems.Add("ihris.connectionString: requis pour / required for ihris4-mysql (Server=…;Database=…;User ID=…)");
        }

        if (ihris.Kind == "ihris4-csv" && string.IsNullOrWhiteSpace(ihris.CsvFile))
        {
            problems.Add("ihris.csvFile: requis pour / required for ihris4-csv");
        }

        if (ihris.Access is not ("direct" or "backend"))
        {
            problems.Add($"ihris.access: « {ihris.Access} » inconnu / unknown; valides / valid: direct, backend");
        }
        else if (ihris.Kind == "fhir" && ihris.Access == "backend" && string.IsNullOrWhiteSpace(ihris.Email))
        {
            problems.Add("ihris.email: requis pour / required for access: backend (compte d'intégration iHRIS / iHRIS integration account)");
        }

        if (ihris.PageSize is < 1 or > 5000)
        {
            problems.Add($"ihris.pageSize: {ihris.PageSize} hors de / out of 1..5000");
        }
    }

    private static void ResolvePaths(PasserelleConfig config, string baseDir)
    {
        static string? Resolve(string? path, string dir) =>
            string.IsNullOrWhiteSpace(path) || Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(dir, path));

        if (!config.Warehouse.Contains('=', StringComparison.Ordinal))
        {
            config.Warehouse = Resolve(config.Warehouse, baseDir)!;
        }

        config.HealthMap.Facilities = Resolve(config.HealthMap.Facilities, baseDir) ?? "";
        config.HealthMap.Mapping = Resolve(config.HealthMap.Mapping, baseDir);
        config.HealthMap.Norms = Resolve(config.HealthMap.Norms, baseDir);
        config.Ihris.CsvFile = Resolve(config.Ihris.CsvFile, baseDir);
        config.Ihris.PasswordFile = Resolve(config.Ihris.PasswordFile, baseDir);
        config.Ihris.DbPasswordFile = Resolve(config.Ihris.DbPasswordFile, baseDir);
        config.AnalysisPlan = Resolve(config.AnalysisPlan, baseDir);
        config.Dhis2.PasswordFile = Resolve(config.Dhis2.PasswordFile, baseDir);
        config.Dhis2.TokenFile = Resolve(config.Dhis2.TokenFile, baseDir);
        config.Privacy.PseudonymKeyFile = Resolve(config.Privacy.PseudonymKeyFile, baseDir);
    }
}
