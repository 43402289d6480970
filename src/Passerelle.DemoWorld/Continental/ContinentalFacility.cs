using Passerelle.Core.Facilities;
using Passerelle.Core.Geography;
using Passerelle.DemoWorld.Naming;

namespace Passerelle.DemoWorld.Continental;

/// <summary>
/// One facility of the continent as each system holds it: the Carte sanitaire code and full name, the iHRIS id
/// and the name as iHRIS users typed it, the DHIS2 uid. <see cref="Index"/> is its place in the continent, which
/// also decides its share of the service values.
/// </summary>
internal sealed record ContinentalFacility(
    long Index,
    ContinentalDistrict District,
    FacilityType Type,
    Ownership Ownership,
    FacilityName Name,
    string RegistryCode,
    string IhrisId,
    string IhrisName,
    string Dhis2Uid,
    GeoPoint? Location,
    long? Population,
    int Workers,
    long FirstWorker);
