using Passerelle.Ihris.Fhir;
using Passerelle.Ihris.Manage4;

namespace Passerelle.Ihris;

/// <summary>Which iHRIS Passerelle reads.</summary>
public enum IhrisSourceKind
{
    /// <summary>iHRIS 5 over FHIR R4.</summary>
    Fhir,

    /// <summary>iHRIS Manage 4: the <c>hippo_*</c> cache tables in MySQL/MariaDB.</summary>
    Manage4Sql,

    /// <summary>iHRIS Manage 4: a Custom Report CSV export.</summary>
    Manage4CustomReport,
}

/// <summary>The <c>ihris</c> section of the configuration: the kind picks which of the three settings is used.</summary>
public sealed class IhrisSourceOptions
{
    public IhrisSourceKind Kind { get; set; } = IhrisSourceKind.Fhir;

    public IhrisFhirOptions Fhir { get; set; } = new();

    public HippoSqlOptions Manage4Sql { get; set; } = new();

    public CustomReportOptions CustomReport { get; set; } = new();

    public IReadOnlyList<string> Validate() => Kind switch
    {
        IhrisSourceKind.Fhir => Fhir.Validate(),
        IhrisSourceKind.Manage4Sql => Manage4Sql.Validate(),
        IhrisSourceKind.Manage4CustomReport => CustomReport.Validate(),
        _ => [$"ihris.kind inconnu / unknown: {Kind} (fhir, manage4Sql, manage4CustomReport)"],
    };
}
