using Passerelle.Core.Indicators.Wisn;
using Passerelle.Core.Storage;
using Passerelle.Sync.Plan;

namespace Passerelle.Sync.Analysis;

/// <summary>
/// WISN per facility × cadre × year, from the plan's activity standards and the year's DHIS2 volumes
/// (each data element's volume times the share the cadre does). A facility with no volume for any of the
/// cadre's activities is left out: its need cannot be measured, and is not zero.
/// </summary>
public static class WisnAnalysis
{
    public const string RequiredFormula = "wisn_required";
    public const string DifferenceFormula = "wisn_difference";
    public const string RatioFormula = "wisn_ratio";

    public static IReadOnlyList<IndicatorValue> Compute(string period, AnalysisPlan plan, ServiceYear activity, IReadOnlyList<StaffCount> staff)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var values = new List<IndicatorValue>();
        foreach (var standard in plan.Wisn)
        {
            var codes = plan.Indicators
                .Where(i => i.Parameters.TryGetValue("cadre", out var c) && c == standard.Cadre)
                .ToLookup(i => i.Formula, i => i.Code);
            var existing = staff.Where(s => s.CadreCode == standard.Cadre).GroupBy(s => s.FacilityId, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => (double)g.Sum(s => s.Headcount), StringComparer.Ordinal);
            foreach (var facility in activity.Facilities)
            {
                var result = ForFacility(standard, activity, facility, existing.GetValueOrDefault(facility));
                if (result is null)
                {
                    continue;
                }

                var key = $"cadre={standard.Cadre}";
                values.AddRange(codes[RequiredFormula].Select(code => new IndicatorValue(code, period, OrgLevel.Facility, facility, key, result.RequiredStaff, null, null, false)));
                values.AddRange(codes[DifferenceFormula].Select(code => new IndicatorValue(code, period, OrgLevel.Facility, facility, key, result.Difference, result.ExistingStaff, result.RequiredStaff, false)));
                values.AddRange(codes[RatioFormula].Select(code => new IndicatorValue(code, period, OrgLevel.Facility, facility, key, result.Ratio, result.ExistingStaff, result.RequiredStaff, false)));
            }
        }

        return values;
    }

    /// <summary>WISN of one facility for one cadre, or null when the facility reported none of the cadre's activities.</summary>
    public static WisnResult? ForFacility(WisnStandard standard, ServiceYear activity, string facility, double existingStaff)
    {
        ArgumentNullException.ThrowIfNull(standard);
        ArgumentNullException.ThrowIfNull(activity);
        var activities = standard.Activities
            .Select(a => new ServiceActivity(a.DataElement, a.MinutesPerActivity, activity.Annual(facility, a.DataElement) * a.Share))
            .ToList();
        if (activities.All(a => a.AnnualWorkload <= 0))
        {
            return null;
        }

        return WisnCalculator.Calculate(new WisnInputs(
            standard.ToWorkingTime(), activities, standard.ToCategoryAllowances(), standard.ToIndividualAllowances(), existingStaff));
    }
}
