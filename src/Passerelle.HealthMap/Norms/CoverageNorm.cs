using Passerelle.Core.Facilities;

namespace Passerelle.HealthMap.Norms;

/// <summary>At most <see cref="MaximumPopulationPerFacility"/> inhabitants per facility of these types (e.g. 1 PS per 10,000).</summary>
public sealed record CoverageNorm(
    string RuleId,
    IReadOnlyList<FacilityType> FacilityTypes,
    int MaximumPopulationPerFacility,
    string Status,
    bool IsAssumption,
    string Source)
{
    /// <summary>Facilities needed for a population under this norm (rounded up).</summary>
    public long FacilitiesNeeded(long population) =>
        (population + MaximumPopulationPerFacility - 1) / MaximumPopulationPerFacility;

    /// <summary>Whether <paramref name="facilities"/> of these types are enough for <paramref name="population"/>.</summary>
    public bool IsMet(long population, int facilities) => facilities >= FacilitiesNeeded(population);
}
