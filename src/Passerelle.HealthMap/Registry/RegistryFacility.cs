using Passerelle.Core.Facilities;
using Passerelle.Core.Geography;

namespace Passerelle.HealthMap.Registry;

/// <summary>
/// A facility of the Carte sanitaire: the shared <see cref="SourceFacility"/> (Source = HealthMap,
/// SourceId = the registry code) plus what only the registry knows.
/// </summary>
/// <param name="Row">Where the facility is in its file (line, worksheet row or feature number).</param>
/// <param name="CatchmentPopulation">« Population desservie », when given and valid.</param>
/// <param name="ProposedLocation">The corrected point when the coordinates look swapped or lost their sign; the
/// facility keeps no location until a person accepts it.</param>
public sealed record RegistryFacility(
    SourceFacility Facility,
    int Row,
    string? Department,
    Ownership Ownership,
    string? OwnershipLabel,
    long? CatchmentPopulation,
    FacilityOperationalStatus Status,
    string? StatusLabel,
    GeoPoint? ProposedLocation)
{
    public string Code => Facility.SourceId;
}
