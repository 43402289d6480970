using Passerelle.Core.Facilities;
using Passerelle.Core.Geography;
using Passerelle.DemoWorld.Naming;
using Passerelle.DemoWorld.Reference;

namespace Passerelle.DemoWorld.Generation;

/// <summary>A facility while the world is being built: the truth, and which systems will hold it.</summary>
internal sealed class PlannedFacility
{
    public required ReferenceDistrict District { get; init; }

    public required RegionProfile Profile { get; init; }

    public required NameFlavour Flavour { get; init; }

    public required FacilityName Name { get; set; }

    public required FacilityType Type { get; set; }

    public required Ownership Ownership { get; init; }

    public required GeoPoint Location { get; init; }

    /// <summary>Inhabitants served. First-level facilities (postes and centres) share the district population.</summary>
    public long Catchment { get; set; }

    /// <summary>True for postes and centres de santé, whose catchments add up to the district population.</summary>
    public bool IsFirstLevel { get; init; }

    /// <summary>Near the district town rather than in the countryside.</summary>
    public bool IsUrban { get; init; }

    /// <summary>The poste a case de santé reports to.</summary>
    public PlannedFacility? Parent { get; init; }

    public DateOnly OpenedOn { get; set; }

    public DateOnly? ClosedOn { get; set; }

    /// <summary>The type the facility had before an upgrade (a poste become centre).</summary>
    public FacilityType? FormerType { get; set; }

    /// <summary>The centre de santé where the district's medical team sits.</summary>
    public bool IsDistrictMainCentre { get; set; }

    /// <summary>The staff the facility really has (iHRIS holds them only if it holds the facility).</summary>
    public IReadOnlyList<StaffPosition> Staff { get; set; } = [];

    public string GoldenId { get; set; } = "";

    public bool InRegistry { get; set; } = true;

    public bool InDhis2 { get; set; } = true;

    public bool InIhris { get; set; } = true;

    /// <summary>DHIS2 carries the registry code as the org unit code.</summary>
    public bool Dhis2HasCode { get; set; } = true;

    /// <summary>iHRIS carries the DHIS2 UID as an identifier.</summary>
    public bool IhrisHasDhis2Id { get; set; } = true;

    public string? RegistryCode { get; set; }

    public string? Dhis2Uid { get; set; }

    public string? IhrisId { get; set; }

    public bool IsHospital => Type is FacilityType.EpsNiveau1 or FacilityType.EpsNiveau2 or FacilityType.EpsNiveau3;

    public bool IsPublic => Ownership == Ownership.Public;
}
