using Passerelle.Core.Facilities;
using Passerelle.Core.Geography;

namespace Passerelle.Core.Storage;

public enum RegistryFacilityStatus
{
    Unknown = 0,
    Open,
    Closed,
    Planned,
}

/// <summary>A facility of the Carte sanitaire (the golden registry), with the population it serves.</summary>
/// <param name="Code">The registry code of the facility.</param>
/// <param name="CatchmentPopulation">People in the catchment area, when the registry states it.</param>
public sealed record RegistryFacility(
    string Code,
    string Name,
    FacilityType Type,
    string? Region,
    string? District,
    GeoPoint? Location,
    long? CatchmentPopulation,
    RegistryFacilityStatus Status);
