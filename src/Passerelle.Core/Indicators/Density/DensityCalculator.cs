namespace Passerelle.Core.Indicators.Density;

/// <summary>
/// NHWA density and the "inhabitants per worker" ratios Senegal's reports use
/// (reference/analytics/wisn-and-nhwa.md §3.1–3.2).
/// </summary>
public static class DensityCalculator
{
    /// <summary>Workers per 10,000 population, or null when the population is not positive.</summary>
    public static double? Per10000(double workers, double population) =>
        population > 0 ? workers / population * 10_000 : null;

    /// <summary>Inhabitants per worker, or null when there is no worker (undefined, not infinite).</summary>
    public static double? PopulationPerWorker(double population, double workers) =>
        workers > 0 ? population / workers : null;
}

/// <summary>A ratio norm: "at most <see cref="MaximumPopulationPerUnit"/> people per worker or facility".</summary>
/// <param name="Code">Rule id of the norms table (e.g. HRH-MD).</param>
public sealed record RatioNorm(string Code, string French, string English, double MaximumPopulationPerUnit)
{
    /// <summary>True when the population per unit is within the norm; false when there is no unit at all.</summary>
    public bool IsMet(double population, double units) =>
        DensityCalculator.PopulationPerWorker(population, units) is { } perUnit && perUnit <= MaximumPopulationPerUnit;
}
