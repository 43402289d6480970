using Passerelle.Core.Facilities;
using Passerelle.Core.Geography;
using Passerelle.Core.Workforce;

namespace Passerelle.DemoWorld.Model;

/// <summary>
/// A generated world: the ground truth, and the same facilities as each of the three systems holds
/// them, with the divergences real lists have. Deterministic for a given <see cref="DemoWorldOptions"/>.
/// </summary>
public sealed record DemoWorldModel(
    DemoWorldOptions Options,
    IReadOnlyList<AdministrativeUnit> Regions,
    IReadOnlyList<DemoDistrict> Districts,
    IReadOnlyList<DemoFacility> Facilities,
    IReadOnlyList<RegistryRecord> Registry,
    IReadOnlyList<Dhis2OrgUnitRecord> OrgUnits,
    IReadOnlyList<IhrisLocationRecord> IhrisLocations,
    IReadOnlyList<IhrisJobRecord> Jobs,
    IReadOnlyList<DemoWorker> Workers,
    IReadOnlyList<DemoRole> Roles,
    IReadOnlyList<ServiceDataElement> ServiceDataElements,
    IReadOnlyList<ServiceValue> ServiceValues);

/// <summary>What to generate.</summary>
/// <param name="RegionCodes">ISO codes of the regions in scope (default: Dakar, Kaolack, Tambacounda).</param>
/// <param name="LastPeriod">The last month of service data (yyyyMM).</param>
public sealed record DemoWorldOptions(
    int Seed,
    IReadOnlyList<string> RegionCodes,
    int Months,
    string LastPeriod)
{
    public static IReadOnlyList<string> DefaultRegions { get; } = ["SN-DK", "SN-KL", "SN-TC"];

    /// <summary>How many cases de santé and private structures to generate (default: a proof-of-concept sample).</summary>
    public DemoWorldScale Scale { get; init; } = DemoWorldScale.ProofOfConcept;

    public static DemoWorldOptions Default { get; } = new(20260101, DefaultRegions, 24, "202610");
}

/// <summary>A health district with its population for the reference year.</summary>
public sealed record DemoDistrict(string Code, string Name, string RegionCode, string DepartmentName, long Population);

/// <summary>Ground truth for one facility: what it really is, and its id in each system (null if absent there).</summary>
public sealed record DemoFacility(
    string GoldenId,
    string Name,
    FacilityType Type,
    Ownership Ownership,
    string RegionCode,
    string DistrictCode,
    GeoPoint Location,
    long CatchmentPopulation,
    bool Closed,
    string? RegistryCode,
    string? Dhis2Uid,
    string? IhrisLocationId);

/// <summary>A row of the Carte sanitaire facility list, as the registry file writes it.</summary>
public sealed record RegistryRecord(
    string Code,
    string Name,
    string TypeLabel,
    string Ownership,
    string Region,
    string District,
    double? Latitude,
    double? Longitude,
    long? CatchmentPopulation,
    string Status);

/// <summary>A DHIS2 organisation unit (country, region, district or facility).</summary>
public sealed record Dhis2OrgUnitRecord(
    string Uid,
    string? Code,
    string Name,
    string ShortName,
    int Level,
    string? ParentUid,
    string Path,
    DateOnly OpeningDate,
    DateOnly? ClosedDate,
    GeoPoint? Location);

/// <summary>An iHRIS Location: jurisdiction (country, region, district) or facility.</summary>
public sealed record IhrisLocationRecord(
    string Id,
    string Name,
    bool IsFacility,
    string? PartOfId,
    string? TypeCode,
    string? Dhis2Id,
    GeoPoint? Location);

/// <summary>An entry of the iHRIS job CodeSystem, with its cadre property (may be missing: needs mapping).</summary>
public sealed record IhrisJobRecord(string Code, string Display, string? CadreCode);

/// <summary>A fictional health worker with the personal data a real iHRIS holds; must never leave the edge.</summary>
public sealed record DemoWorker(
    string Id,
    string GivenName,
    string FamilyName,
    Sex Sex,
    DateOnly BirthDate,
    string NationalId,
    string Phone);

/// <summary>An iHRIS PractitionerRole.</summary>
public sealed record DemoRole(
    string Id,
    string WorkerId,
    string? LocationId,
    string? JobCode,
    EmploymentStatus EmploymentStatus,
    DateOnly Start,
    DateOnly? End,
    bool Active);

/// <summary>A DHIS2 data element for service data (e.g. consultations).</summary>
public sealed record ServiceDataElement(string Uid, string Code, string Name, string ShortName);

/// <summary>One monthly DHIS2 aggregate value (default category option combo).</summary>
public sealed record ServiceValue(string DataElementUid, string Period, string OrgUnitUid, long Value);
