namespace Passerelle.Core.Indicators.Wisn;

/// <summary>
/// WHO's Workload Indicators of Staffing Need, steps 3–9 (reference/analytics/wisn-and-nhwa.md §2).
/// Allowances are annualised over the available working days and weeks, as the worked example does.
/// </summary>
public static class WisnCalculator
{
    public static WisnResult Calculate(WisnInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var time = inputs.WorkingTime;
        if (time.Days <= 0 || time.HoursPerDay <= 0)
        {
            throw new WisnInputException($"temps de travail disponible nul ou négatif / available working time is not positive ({time.Days} days × {time.HoursPerDay} h)");
        }

        var staffForServices = 0.0;
        foreach (var activity in inputs.Activities)
        {
            if (activity.MinutesPerActivity <= 0 || activity.AnnualWorkload < 0)
            {
                throw new WisnInputException($"activité / activity {activity.Code}: durée unitaire > 0 et charge ≥ 0 requises / unit time must be > 0 and workload ≥ 0");
            }

            var standardWorkload = time.Minutes / activity.MinutesPerActivity;
            staffForServices += activity.AnnualWorkload / standardWorkload;
        }

        var casPercent = inputs.CategoryAllowances.Sum(a => AnnualHours(a.Hours, a.Frequency, time)) / time.Hours * 100;
        if (casPercent >= 100)
        {
            throw new WisnInputException($"les activités de soutien prennent {casPercent:0.##} % du temps / support activities take {casPercent:0.##}% of the time: CAF undefined");
        }

        var caf = 1 / (1 - casPercent / 100);
        var iaf = inputs.IndividualAllowances.Sum(a => AnnualHours(a.Hours, a.Frequency, time) * a.StaffDoingIt) / time.Hours;
        var required = staffForServices * caf + iaf;
        double? ratio = required > 0 ? inputs.ExistingStaff / required : null;
        return new WisnResult(time.Hours, staffForServices, casPercent, caf, iaf, required, inputs.ExistingStaff, inputs.ExistingStaff - required, ratio);
    }

    /// <summary>Hours per year of an allowance given per day, week, month or year.</summary>
    public static double AnnualHours(double hours, AllowanceFrequency frequency, AvailableWorkingTime time) => frequency switch
    {
        AllowanceFrequency.PerDay => hours * time.Days,
        AllowanceFrequency.PerWeek => hours * time.Weeks,
        AllowanceFrequency.PerMonth => hours * 12,
        AllowanceFrequency.PerYear => hours,
        _ => throw new ArgumentOutOfRangeException(nameof(frequency), frequency, null),
    };
}

/// <summary>WISN inputs that cannot give a result; the message says which and why.</summary>
public sealed class WisnInputException(string message) : Exception(message);
