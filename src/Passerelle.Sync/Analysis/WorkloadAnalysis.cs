using Passerelle.Core.Storage;
using Passerelle.Sync.Plan;

namespace Passerelle.Sync.Analysis;

/// <summary>
/// Workload: service volume per worker per month (consultations per nurse, deliveries per midwife…), for each
/// plan indicator of formula <c>workload_per_worker</c>: the year's volume divided by the workers of the listed
/// cadres and the months reported, per facility, then district and region (Σ volume / Σ worker-months).
/// </summary>
public static class WorkloadAnalysis
{
    public const string Formula = "workload_per_worker";

    public static IReadOnlyList<IndicatorValue> Compute(
        string period,
        AnalysisPlan plan,
        ServiceYear activity,
        IReadOnlyList<StaffCount> staff,
        IReadOnlyList<FacilityDimension> facilities)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var byId = facilities.ToDictionary(f => f.GoldenId, StringComparer.Ordinal);
        var values = new List<IndicatorValue>();
        foreach (var indicator in plan.Indicators.Where(i => i.Formula == Formula))
        {
            var element = indicator.Parameters["dataElement"];
            var cadres = indicator.Parameters["cadres"].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
            var workers = staff.Where(s => cadres.Contains(s.CadreCode)).GroupBy(s => s.FacilityId, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => (double)g.Sum(s => s.Headcount), StringComparer.Ordinal);
            var cells = new List<(FacilityDimension Facility, double Volume, double WorkerMonths)>();
            foreach (var facility in activity.Facilities.Where(byId.ContainsKey))
            {
                var months = activity.MonthsReported(facility, element);
                if (months == 0)
                {
                    continue;
                }

                var volume = activity.Annual(facility, element);
                var workerMonths = workers.GetValueOrDefault(facility) * months;
                values.Add(new IndicatorValue(indicator.Code, period, OrgLevel.Facility, facility, "", workerMonths > 0 ? volume / workerMonths : null, volume, workerMonths, false));
                cells.Add((byId[facility], volume, workerMonths));
            }

            values.AddRange(RollUp(indicator.Code, period, OrgLevel.District, cells, f => f.DistrictCode));
            values.AddRange(RollUp(indicator.Code, period, OrgLevel.Region, cells, f => f.RegionCode));
        }

        return values;
    }

    private static IEnumerable<IndicatorValue> RollUp(string code, string period, OrgLevel level, List<(FacilityDimension Facility, double Volume, double WorkerMonths)> cells, Func<FacilityDimension, string?> unitOf) =>
        cells.Where(c => unitOf(c.Facility) is not null && c.WorkerMonths > 0)
            .GroupBy(c => unitOf(c.Facility)!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var volume = g.Sum(c => c.Volume);
                var workerMonths = g.Sum(c => c.WorkerMonths);
                return new IndicatorValue(code, period, level, g.Key, "", volume / workerMonths, volume, workerMonths, false);
            });
}
