namespace Passerelle.HealthMap.Population;

/// <summary>The levels population figures are given at.</summary>
public enum PopulationLevel
{
    National,
    Region,
    Department,
    HealthDistrict,
}
