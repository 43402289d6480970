using Passerelle.Core.Indicators.Suppression;
using Passerelle.Core.Storage;

namespace Passerelle.Sync.Analysis;

/// <summary>
/// Headcount by facility × cadre × sex, with small-cell suppression applied before it is stored: a cell of
/// 1 to k−1 workers is kept as suppressed (no value), so no export or push can let it out.
/// </summary>
public static class HeadcountBySex
{
    public const string Code = "PASS_EFFECTIF_SEXE";

    /// <summary>The values, computed as they are enumerated (one per facility × cadre × sex).</summary>
    public static IEnumerable<IndicatorValue> Compute(string period, IEnumerable<StaffCount> staff, SmallCellPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return staff
            .GroupBy(s => (s.FacilityId, s.CadreCode, s.Sex))
            .OrderBy(g => g.Key.FacilityId, StringComparer.Ordinal).ThenBy(g => g.Key.CadreCode, StringComparer.Ordinal).ThenBy(g => g.Key.Sex)
            .Select(g =>
            {
                var cell = policy.Apply(Disaggregation.FacilityCadreSex, g.Sum(s => s.Headcount));
                return new IndicatorValue(Code, period, OrgLevel.Facility, g.Key.FacilityId, $"cadre={g.Key.CadreCode}|sex={g.Key.Sex}", cell.Value, null, null, cell.Suppressed);
            });
    }
}
