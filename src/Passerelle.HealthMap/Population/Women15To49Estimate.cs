namespace Passerelle.HealthMap.Population;

/// <summary>Women aged 15–49 (femmes en âge de reproduction, FAR) in an area, with the method used.</summary>
/// <param name="Share">The share of the total population used, when estimated.</param>
public sealed record Women15To49Estimate(PopulationFigure Population, long Women15To49, decimal Share, bool IsEstimate, string Method);
