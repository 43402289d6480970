namespace Passerelle.DemoWorld.Continental;

/// <summary>
/// The columns of the continental iHRIS Manage 4 Custom Report export (<c>HR_Export</c>): the staff report's
/// defaults (reference/ihris/ihris.md §3.4) plus job, sex, dates and place. Names are written, as iHRIS
/// writes them, and never read by Passerelle.
/// </summary>
public static class WorkforceReportColumns
{
    public const string PersonId = "PersonId";
    public const string FirstName = "Firstname";
    public const string Surname = "Surname";
    public const string FacilityCode = "facility_code";
    public const string FacilityName = "Facility Name";
    public const string CadreId = "CadreId";
    public const string Cadre = "Cadre";
    public const string JobId = "JobId";
    public const string Job = "Job";
    public const string Gender = "Gender";
    public const string BirthDate = "BirthDate";
    public const string StartDate = "StartDate";
    public const string EndDate = "EndDate";
    public const string Region = "Region";
    public const string District = "District";

    public static IReadOnlyList<string> All { get; } =
        [PersonId, FirstName, Surname, FacilityCode, FacilityName, CadreId, Cadre, JobId, Job, Gender, BirthDate, StartDate, EndDate, Region, District];
}
