using Passerelle.Core.Geography;
using Passerelle.DemoWorld.Naming;

namespace Passerelle.DemoWorld.Continental;

/// <summary>
/// One health district of the continent: its country-prefixed names, where it lies, and its exact share
/// of the facilities (global indexes <see cref="FirstFacility"/> onwards) and of the workers.
/// </summary>
internal sealed record ContinentalDistrict(
    int Index,
    string CountryCode,
    string Region,
    string Name,
    NameFlavour Flavour,
    GeoPoint Centre,
    bool IsRegionCapital,
    long FirstFacility,
    int Facilities,
    int Workers);
