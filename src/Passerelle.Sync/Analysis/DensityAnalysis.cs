using Passerelle.Core.Indicators.Density;
using Passerelle.Core.Storage;
using Passerelle.Core.Workforce;

namespace Passerelle.Sync.Analysis;

/// <summary>Population of an area for the year analysed, with women 15–49 (counted or estimated).</summary>
public sealed record AreaPopulation(string UnitId, OrgLevel Level, long Population, long Women15To49);

/// <summary>
/// NHWA density (doctors, nurses, midwives per 10,000) and Senegal's ratio norms (inhabitants per doctor,
/// per nurse; women 15–49 per state midwife), by region and for the scope as a whole
/// (reference/analytics/wisn-and-nhwa.md §3).
/// </summary>
public static class DensityAnalysis
{
    public const string DoctorDensity = "PASS_DENS_MED";
    public const string NurseDensity = "PASS_DENS_INF";
    public const string MidwifeDensity = "PASS_DENS_SF";
    public const string PopulationPerDoctor = "PASS_HAB_PAR_MED";
    public const string PopulationPerNurse = "PASS_HAB_PAR_INF";
    public const string WomenPerMidwife = "PASS_FAR_PAR_SFE";

    /// <param name="regionOfFacility">Golden facility id → region code.</param>
    public static IReadOnlyList<IndicatorValue> Compute(
        string period,
        IEnumerable<StaffCount> staff,
        IReadOnlyDictionary<string, string> regionOfFacility,
        IReadOnlyList<AreaPopulation> regions)
    {
        var byRegion = staff
            .Where(s => regionOfFacility.ContainsKey(s.FacilityId))
            .GroupBy(s => regionOfFacility[s.FacilityId])
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var values = new List<IndicatorValue>();
        foreach (var region in regions.OrderBy(r => r.UnitId, StringComparer.Ordinal))
        {
            values.AddRange(ForArea(period, region, byRegion.GetValueOrDefault(region.UnitId) ?? []));
        }

        if (regions.Count > 0)
        {
            var scope = new AreaPopulation("SN", OrgLevel.Country, regions.Sum(r => r.Population), regions.Sum(r => r.Women15To49));
            values.AddRange(ForArea(period, scope, [.. regions.SelectMany(r => byRegion.GetValueOrDefault(r.UnitId) ?? [])]));
        }

        return values;
    }

    private static IEnumerable<IndicatorValue> ForArea(string period, AreaPopulation area, IReadOnlyList<StaffCount> staff)
    {
        double Count(NhwaGroup group) => staff.Where(s => NationalCadres.ByCode(s.CadreCode)?.NhwaGroup == group).Sum(s => s.Headcount);
        double CountCadres(params string[] cadres) => staff.Where(s => cadres.Contains(s.CadreCode)).Sum(s => s.Headcount);
        IndicatorValue Value(string code, double? value, double numerator, double denominator) =>
            new(code, period, area.Level, area.UnitId, "", value, numerator, denominator, false);

        var doctors = Count(NhwaGroup.Doctor);
        var nurses = Count(NhwaGroup.Nurse);
        var midwives = Count(NhwaGroup.Midwife);
        yield return Value(DoctorDensity, DensityCalculator.Per10000(doctors, area.Population), doctors, area.Population);
        yield return Value(NurseDensity, DensityCalculator.Per10000(nurses, area.Population), nurses, area.Population);
        yield return Value(MidwifeDensity, DensityCalculator.Per10000(midwives, area.Population), midwives, area.Population);
        yield return Value(PopulationPerDoctor, DensityCalculator.PopulationPerWorker(area.Population, doctors), area.Population, doctors);
        var stateNurses = CountCadres("IDE", "AI");
        yield return Value(PopulationPerNurse, DensityCalculator.PopulationPerWorker(area.Population, stateNurses), area.Population, stateNurses);
        var stateMidwives = CountCadres("SFE");
        yield return Value(WomenPerMidwife, DensityCalculator.PopulationPerWorker(area.Women15To49, stateMidwives), area.Women15To49, stateMidwives);
    }
}
