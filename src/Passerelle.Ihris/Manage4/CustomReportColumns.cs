namespace Passerelle.Ihris.Manage4;

/// <summary>
/// Which column of an iHRIS 4 Custom Report export holds what. Report columns are site-defined;
/// the defaults are those of the staff report (<c>PersonId, Firstname, Surname, facility_code,
/// Facility Name, CadreId, Cadre</c>). Columns not named here — names above all — are never read.
/// </summary>
public sealed class CustomReportColumns
{
    public string PersonId { get; set; } = "PersonId";

    public string? FacilityCode { get; set; } = "facility_code";

    public string? FacilityName { get; set; } = "Facility Name";

    public string? CadreId { get; set; } = "CadreId";

    public string? CadreName { get; set; } = "Cadre";

    public string? JobId { get; set; }

    public string? JobTitle { get; set; }

    public string? Gender { get; set; }

    /// <summary>Birth date column: only its year is kept.</summary>
    public string? BirthDate { get; set; }

    public string? StartDate { get; set; }

    public string? EndDate { get; set; }

    public string? Region { get; set; }

    public string? District { get; set; }
}
