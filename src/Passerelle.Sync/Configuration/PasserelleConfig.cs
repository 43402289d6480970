namespace Passerelle.Sync.Configuration;

/// <summary>
/// The whole of <c>passerelle.yaml</c>. Secrets are never here: they come from environment variables
/// or key files named here (see <see cref="SecretSource"/>).
/// </summary>
public sealed class PasserelleConfig
{
    public ScopeConfig Scope { get; set; } = new();

    /// <summary>A DuckDB file path (default) or a PostgreSQL connection string (<c>Host=…</c>).</summary>
    public string Warehouse { get; set; } = "passerelle.duckdb";

    public Dhis2Config Dhis2 { get; set; } = new();

    public IhrisConfig Ihris { get; set; } = new();

    public HealthMapConfig HealthMap { get; set; } = new();

    /// <summary>The analysis plan file; empty for the plan shipped with Passerelle.</summary>
    public string? AnalysisPlan { get; set; }

    public PrivacyConfig Privacy { get; set; } = new();

    public ScheduleConfig Schedule { get; set; } = new();
}

public sealed class ScopeConfig
{
    /// <summary>ISO 3166-2 codes of the regions in scope (e.g. SN-DK). Empty means the whole country.</summary>
    public List<string> Regions { get; set; } = [];

    /// <summary>Date at which staff in post are counted; empty for the last day of the previous month.</summary>
    public DateOnly? ReferenceDate { get; set; }
}

public sealed class Dhis2Config
{
    public string Url { get; set; } = "";

    public string Username { get; set; } = "";

    /// <summary>File holding the password, read when PASSERELLE_DHIS2_PASSWORD is not set.</summary>
    public string? PasswordFile { get; set; }

    /// <summary>File holding a personal access token, read when PASSERELLE_DHIS2_TOKEN is not set. A token wins over a password.</summary>
    public string? TokenFile { get; set; }

    /// <summary>Data values per POST to /api/dataValueSets.</summary>
    public int ChunkSize { get; set; } = 1000;

    /// <summary>Timeout of one HTTP call, in seconds.</summary>
    public int TimeoutSeconds { get; set; } = 100;
}

public sealed class IhrisConfig
{
    /// <summary><c>fhir</c> (iHRIS 5), <c>ihris4-mysql</c> or <c>ihris4-csv</c> (iHRIS Manage 4).</summary>
    public string Kind { get; set; } = "fhir";

    /// <summary>FHIR base URL for iHRIS 5 (e.g. https://ihris.example/fhir).</summary>
    public string? Url { get; set; }

    /// <summary><c>direct</c> (HAPI, no login) or <c>backend</c> (iHRIS backend, <c>POST /auth/token</c> with <see cref="Email"/>).</summary>
    public string Access { get; set; } = "direct";

    /// <summary>iHRIS 5 backend account, for <c>access: backend</c>.</summary>
    public string? Email { get; set; }

    /// <summary>File holding the iHRIS 5 backend password, read when PASSERELLE_IHRIS_PASSWORD is not set.</summary>
    public string? PasswordFile { get; set; }

    /// <summary>iHRIS 4 MariaDB/MySQL connection string without password; PASSERELLE_IHRIS_DB_PASSWORD or <see cref="DbPasswordFile"/> adds it.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>File holding the iHRIS 4 database password, read when PASSERELLE_IHRIS_DB_PASSWORD is not set.</summary>
    public string? DbPasswordFile { get; set; }

    /// <summary>iHRIS 4 facility type id, key or name → Passerelle type code (<c>PS</c>, <c>CS1</c>, <c>EPS2</c>…), for ihris4-mysql and ihris4-csv.</summary>
    public Dictionary<string, string> FacilityTypes { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>iHRIS 4 Custom Report CSV export.</summary>
    public string? CsvFile { get; set; }

    /// <summary>Separator of the Custom Report CSV export.</summary>
    public string CsvDelimiter { get; set; } = ",";

    /// <summary>Which report column holds what; empty for the staff report's defaults (PersonId, facility_code, Facility Name, CadreId, Cadre).</summary>
    public Passerelle.Ihris.Manage4.CustomReportColumns CsvColumns { get; set; } = new();

    /// <summary>Records per page when paging FHIR searches.</summary>
    public int PageSize { get; set; } = 200;
}

public sealed class HealthMapConfig
{
    /// <summary>The Carte sanitaire facility list (CSV, XLSX or GeoJSON).</summary>
    public string Facilities { get; set; } = "";

    /// <summary>Column mapping file; empty for the French headers Passerelle knows.</summary>
    public string? Mapping { get; set; }

    /// <summary>Staffing norms file; empty for the demo norms shipped with Passerelle.</summary>
    public string? Norms { get; set; }
}

public sealed class PrivacyConfig
{
    /// <summary>File holding the pseudonymisation key; else PASSERELLE_PSEUDONYM_KEY.</summary>
    public string? PseudonymKeyFile { get; set; }

    /// <summary>Cells below this count are suppressed before anything leaves the warehouse.</summary>
    public int SmallCellThreshold { get; set; } = 5;

    /// <summary>Pseudonymised staging rows older than this are purged.</summary>
    public int StagingRetentionDays { get; set; } = 90;
}

public sealed class ScheduleConfig
{
    /// <summary>Cron expression (5 fields, UTC) for <c>passerelle serve</c>; empty for no schedule.</summary>
    public string? Cron { get; set; }
}
