namespace Passerelle.Ihris.Manage4;

/// <summary>Settings of the iHRIS 4 Custom Report CSV reader.</summary>
public sealed class CustomReportOptions
{
    /// <summary>The exported file (<c>php index.php --page=/CustomReports/show/…/Export</c>, ihris.md §3.4).</summary>
    public string Path { get; set; } = string.Empty;

    public string Delimiter { get; set; } = ",";

    public CustomReportColumns Columns { get; set; } = new();

    /// <summary>iHRIS facility type or name → Passerelle type code, when the report has no type column mapping.</summary>
    public IDictionary<string, string> FacilityTypeMap { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(Path))
        {
            errors.Add("ihris.customReport.path est vide : donnez le fichier CSV exporté d'iHRIS / is empty: give the CSV file exported from iHRIS");
        }

        if (string.IsNullOrWhiteSpace(Columns.PersonId))
        {
            errors.Add("ihris.customReport.columns.personId est requis / is required");
        }

        if (Columns.FacilityCode is null && Columns.FacilityName is null)
        {
            errors.Add("ihris.customReport.columns : facilityCode ou facilityName est requis / facilityCode or facilityName is required");
        }

        return errors;
    }
}
