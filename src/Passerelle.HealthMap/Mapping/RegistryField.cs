namespace Passerelle.HealthMap.Mapping;

/// <summary>The facts a facility list gives, whatever its columns are called.</summary>
public enum RegistryField
{
    Code,
    Name,
    Type,
    Ownership,
    Region,
    Department,
    District,
    Latitude,
    Longitude,
    CatchmentPopulation,
    Status,
}
