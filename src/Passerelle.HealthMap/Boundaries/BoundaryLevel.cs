namespace Passerelle.HealthMap.Boundaries;

/// <summary>The administrative levels the shipped boundaries cover.</summary>
public enum BoundaryLevel
{
    Region,
    Department,
}
