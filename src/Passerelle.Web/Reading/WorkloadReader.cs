using Passerelle.Core.Storage;
using Passerelle.Core.Workforce;
using Passerelle.Sync.Analysis;

namespace Passerelle.Web.Reading;

/// <summary>
/// A facility's workload and WISN as the analysis stored them: the plan says which indicators measure them
/// (formulas <c>workload_per_worker</c>, <c>wisn_required</c>, <c>wisn_difference</c>, <c>wisn_ratio</c>).
/// </summary>
public sealed class WorkloadReader(IWarehouse warehouse, AnalysisPlanSource plans, LatestRunCache cache)
{
    public async Task<FacilityWorkload> ReadAsync(string facilityId, string? districtCode, string? period, CancellationToken cancellationToken)
    {
        if (period is null)
        {
            return new FacilityWorkload(null, [], []);
        }

        var plan = plans.Plan;
        var workload = new List<WorkloadFigure>();
        foreach (var indicator in plan.Indicators.Where(i => i.Formula == WorkloadAnalysis.Formula))
        {
            var own = await TotalAsync(indicator.Code, period, OrgLevel.Facility, facilityId, cancellationToken);
            var district = districtCode is null ? null : await TotalAsync(indicator.Code, period, OrgLevel.District, districtCode, cancellationToken);
            workload.Add(new WorkloadFigure(
                indicator.Code,
                indicator.Fr,
                indicator.En,
                indicator.Parameters.GetValueOrDefault("dataElement", ""),
                indicator.Parameters.GetValueOrDefault("cadres", "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
                own?.Value,
                own?.Numerator,
                own?.Denominator,
                district?.Value));
        }

        var wisn = new List<WisnFigure>();
        foreach (var standard in plan.Wisn)
        {
            var codes = plan.Indicators.Where(i => i.Parameters.TryGetValue("cadre", out var c) && c == standard.Cadre).ToLookup(i => i.Formula, i => i.Code);
            var key = $"cadre={standard.Cadre}";
            var required = await FirstAsync(codes[WisnAnalysis.RequiredFormula], period, facilityId, key, cancellationToken);
            var difference = await FirstAsync(codes[WisnAnalysis.DifferenceFormula], period, facilityId, key, cancellationToken);
            var ratio = await FirstAsync(codes[WisnAnalysis.RatioFormula], period, facilityId, key, cancellationToken);
            if (required is null && difference is null && ratio is null)
            {
                // The facility reported none of the cadre's activities: its need is not measured (and is not zero).
                continue;
            }

            var cadre = NationalCadres.ByCode(standard.Cadre);
            wisn.Add(new WisnFigure(
                standard.Cadre,
                cadre?.French ?? standard.Cadre,
                cadre?.English ?? standard.Cadre,
                ratio?.Numerator ?? difference?.Numerator,
                required?.Value ?? ratio?.Denominator ?? difference?.Denominator,
                difference?.Value,
                ratio?.Value));
        }

        return new FacilityWorkload(period, workload, wisn);
    }

    private async Task<IndicatorValue?> TotalAsync(string code, string period, OrgLevel level, string unit, CancellationToken cancellationToken) =>
        (await ValuesAsync(code, period, cancellationToken)).GetValueOrDefault((level, unit, ""));

    private async Task<IndicatorValue?> FirstAsync(IEnumerable<string> codes, string period, string facilityId, string key, CancellationToken cancellationToken)
    {
        foreach (var code in codes)
        {
            if ((await ValuesAsync(code, period, cancellationToken)).GetValueOrDefault((OrgLevel.Facility, facilityId, key)) is { } value)
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>Every value of one indicator and period, by level, unit and disaggregation: read once per run.</summary>
    private Task<Dictionary<(OrgLevel, string, string), IndicatorValue>> ValuesAsync(string code, string period, CancellationToken cancellationToken) =>
        cache.GetAsync($"values|{code}|{period}", async ct =>
        {
            var values = new Dictionary<(OrgLevel, string, string), IndicatorValue>();
            await foreach (var value in warehouse.Results.ReadIndicatorValuesAsync(new IndicatorQuery(code, period), ct))
            {
                values[(value.OrgLevel, value.UnitId, value.DisaggregationKey)] = value;
            }

            return values;
        }, cancellationToken);
}
