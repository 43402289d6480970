using Passerelle.Core.Facilities;

namespace Passerelle.Core.Norms;

/// <summary>Minimum headcount of a cadre for a facility type, valid over a period (a Carte sanitaire edition).</summary>
/// <param name="Version">Edition label, e.g. <c>carte-2018</c>.</param>
/// <param name="ValidTo">Last valid day, or null while in force.</param>
/// <param name="IsAssumption">True when the figure awaits the official table.</param>
public sealed record StaffingNorm(
    string Version,
    DateOnly ValidFrom,
    DateOnly? ValidTo,
    FacilityType FacilityType,
    string CadreCode,
    int MinimumHeadcount,
    bool IsAssumption,
    string Source)
{
    public bool IsValidOn(DateOnly date) => ValidFrom <= date && (ValidTo is null || date <= ValidTo);
}
