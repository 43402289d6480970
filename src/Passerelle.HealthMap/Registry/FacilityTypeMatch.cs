using Passerelle.Core.Facilities;

namespace Passerelle.HealthMap.Registry;

/// <summary>The type a label names, and what had to be assumed to get it.</summary>
/// <param name="AssumptionFrench">Set when the label did not say everything (e.g. "CS" without its type).</param>
/// <param name="ImpliedOwnership">Ownership the label itself implies ("Clinique" is private).</param>
internal sealed record FacilityTypeMatch(
    FacilityType Type,
    string? AssumptionFrench = null,
    string? AssumptionEnglish = null,
    Ownership? ImpliedOwnership = null);
