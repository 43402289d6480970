namespace Passerelle.Core.Indicators.Wisn;

/// <summary>
/// Available working time of one worker of a cadre over a year (WISN step 3).
/// </summary>
/// <param name="PossibleWorkingDays">A: e.g. 52 weeks × 5 days = 260.</param>
/// <param name="PublicHolidays">B: days off for public holidays.</param>
/// <param name="AnnualLeave">C: days of annual leave.</param>
/// <param name="SickLeave">D: days of sick leave.</param>
/// <param name="OtherLeave">E: days of other leave (training…).</param>
/// <param name="HoursPerDay">F: working hours in one day.</param>
/// <param name="DaysPerWeek">Working days in a week, to annualise per-week allowances (default 5).</param>
public sealed record AvailableWorkingTime(
    double PossibleWorkingDays,
    double PublicHolidays,
    double AnnualLeave,
    double SickLeave,
    double OtherLeave,
    double HoursPerDay,
    double DaysPerWeek = 5)
{
    public double Days => PossibleWorkingDays - (PublicHolidays + AnnualLeave + SickLeave + OtherLeave);

    public double Hours => Days * HoursPerDay;

    public double Minutes => Hours * 60;

    /// <summary>Working weeks in the year: <see cref="Days"/> / <see cref="DaysPerWeek"/> (210 days ⇒ 42 weeks).</summary>
    public double Weeks => Days / DaysPerWeek;
}

/// <summary>A health-service activity with its service standard and the year's workload from DHIS2.</summary>
/// <param name="MinutesPerActivity">Unit time in minutes (WISN service standard).</param>
/// <param name="AnnualWorkload">W: the activities done in the year at the facility for this cadre.</param>
public sealed record ServiceActivity(string Code, double MinutesPerActivity, double AnnualWorkload);

/// <summary>How often an allowance recurs; annualised over the working days or weeks of <see cref="AvailableWorkingTime"/>.</summary>
public enum AllowanceFrequency
{
    PerDay,
    PerWeek,
    PerMonth,
    PerYear,
}

/// <summary>A support activity done by every worker of the cadre (category allowance, CAS).</summary>
public sealed record CategoryAllowance(string Code, double Hours, AllowanceFrequency Frequency);

/// <summary>An additional activity done by some workers only (individual allowance, IAS).</summary>
public sealed record IndividualAllowance(string Code, double Hours, AllowanceFrequency Frequency, double StaffDoingIt);

/// <summary>Everything WISN needs for one facility × cadre × year.</summary>
public sealed record WisnInputs(
    AvailableWorkingTime WorkingTime,
    IReadOnlyList<ServiceActivity> Activities,
    IReadOnlyList<CategoryAllowance> CategoryAllowances,
    IReadOnlyList<IndividualAllowance> IndividualAllowances,
    double ExistingStaff);
