using Passerelle.Core.Indicators.Wisn;

namespace Passerelle.Sync.Plan;

/// <summary>
/// WISN activity standards of one cadre, from the analysis plan (<c>wisn:</c>): available working time,
/// the DHIS2 data elements its health-service activities are counted by with their unit times, and the
/// support (CAS) and additional (IAS) activities (reference/analytics/wisn-and-nhwa.md §2).
/// </summary>
public sealed class WisnStandard
{
    public string Cadre { get; set; } = "";

    public WorkingTimeStandard WorkingTime { get; set; } = new();

    public List<ActivityStandard> Activities { get; set; } = [];

    public List<AllowanceStandard> CategoryAllowances { get; set; } = [];

    public List<AllowanceStandard> IndividualAllowances { get; set; } = [];

    public AvailableWorkingTime ToWorkingTime() => new(
        WorkingTime.PossibleWorkingDays, WorkingTime.PublicHolidays, WorkingTime.AnnualLeave, WorkingTime.SickLeave,
        WorkingTime.OtherLeave, WorkingTime.HoursPerDay, WorkingTime.DaysPerWeek);

    public IReadOnlyList<CategoryAllowance> ToCategoryAllowances() =>
        [.. CategoryAllowances.Select(a => new CategoryAllowance(a.Code, a.Hours, a.Frequency))];

    public IReadOnlyList<IndividualAllowance> ToIndividualAllowances() =>
        [.. IndividualAllowances.Select(a => new IndividualAllowance(a.Code, a.Hours, a.Frequency, a.StaffDoingIt))];
}

public sealed class WorkingTimeStandard
{
    public double PossibleWorkingDays { get; set; } = 260;

    public double PublicHolidays { get; set; }

    public double AnnualLeave { get; set; }

    public double SickLeave { get; set; }

    public double OtherLeave { get; set; }

    public double HoursPerDay { get; set; } = 8;

    public double DaysPerWeek { get; set; } = 5;
}

/// <summary>A health-service activity: the data element counting it, its unit time, and the share done by this cadre.</summary>
public sealed class ActivityStandard
{
    public string DataElement { get; set; } = "";

    public double MinutesPerActivity { get; set; }

    /// <summary>Share of the data element's volume done by this cadre (one element can feed several cadres).</summary>
    public double Share { get; set; } = 1;
}

public sealed class AllowanceStandard
{
    public string Code { get; set; } = "";

    public double Hours { get; set; }

    public AllowanceFrequency Frequency { get; set; } = AllowanceFrequency.PerYear;

    /// <summary>For individual allowances: how many workers do it.</summary>
    public double StaffDoingIt { get; set; } = 1;
}
