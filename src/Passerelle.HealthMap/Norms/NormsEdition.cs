using Passerelle.Core.Facilities;
using Passerelle.Core.Norms;

namespace Passerelle.HealthMap.Norms;

/// <summary>
/// One dated version of the norms (a Carte sanitaire edition, revised every five years by decree):
/// staffing per facility type × cadre, coverage per facility type, population-based density.
/// </summary>
/// <param name="ValidTo">Last valid day, or null while in force.</param>
public sealed record NormsEdition(
    string Version,
    string Title,
    DateOnly ValidFrom,
    DateOnly? ValidTo,
    IReadOnlyList<StaffingRule> Staffing,
    IReadOnlyList<CoverageNorm> Coverage,
    IReadOnlyList<DensityNorm> Density)
{
    public bool IsValidOn(DateOnly date) => ValidFrom <= date && (ValidTo is null || date <= ValidTo);

    /// <summary>The staffing norms as Core <see cref="StaffingNorm"/> values.</summary>
    public IReadOnlyList<StaffingNorm> StaffingNorms => Staffing.Select(r => r.Norm).ToList();

    /// <summary>Minimum headcount per cadre for one facility type.</summary>
    public IReadOnlyList<StaffingNorm> StaffingFor(FacilityType type) =>
        Staffing.Where(r => r.Norm.FacilityType == type).Select(r => r.Norm).ToList();

    /// <summary>The coverage norm that counts facilities of this type, if any.</summary>
    public CoverageNorm? CoverageFor(FacilityType type) => Coverage.FirstOrDefault(c => c.FacilityTypes.Contains(type));

    public DensityNorm? DensityRule(string ruleId) =>
        Density.FirstOrDefault(d => string.Equals(d.RuleId, ruleId, StringComparison.OrdinalIgnoreCase));

    /// <summary>True when any norm of this edition awaits the official table.</summary>
    public bool HasAssumptions =>
        Staffing.Any(s => s.Norm.IsAssumption) || Coverage.Any(c => c.IsAssumption) || Density.Any(d => d.IsAssumption);
}
