namespace Passerelle.Core.Indicators.Wisn;

/// <summary>WISN results, unrounded: round only for display.</summary>
/// <param name="StaffForServices">A_req: Σ W / SW.</param>
/// <param name="CategoryAllowanceFactor">CAF = 1 / (1 − ΣCAS%/100).</param>
/// <param name="IndividualAllowanceFactor">IAF = ΣIAS / AWT hours, in staff units.</param>
/// <param name="Ratio">Existing / required, or null when nothing is required (undefined, not 0).</param>
public sealed record WisnResult(
    double AvailableHours,
    double StaffForServices,
    double CategoryAllowancePercent,
    double CategoryAllowanceFactor,
    double IndividualAllowanceFactor,
    double RequiredStaff,
    double ExistingStaff,
    double Difference,
    double? Ratio);
