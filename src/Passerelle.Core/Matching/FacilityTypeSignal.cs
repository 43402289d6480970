using Passerelle.Core.Facilities;

namespace Passerelle.Core.Matching;

/// <summary>Rungs of the health pyramid, used to say how far apart two facility types are.</summary>
public enum FacilityTypeFamily
{
    Unknown = 0,
    HealthHut,
    HealthPost,
    HealthCentre,
    Hospital,
    Private,
}

/// <summary>
/// What a name or a type column says about the kind of facility: its family (rung) and, when
/// known, the exact <see cref="FacilityType"/>.
/// </summary>
public readonly record struct FacilityTypeSignal(FacilityTypeFamily Family, FacilityType Exact)
{
    public static FacilityTypeSignal None => default;

    public bool IsKnown => Family != FacilityTypeFamily.Unknown;

    public static FacilityTypeSignal FromType(FacilityType type) => new(FamilyOf(type), type);

    public static FacilityTypeFamily FamilyOf(FacilityType type) => type switch
    {
        FacilityType.CaseDeSante => FacilityTypeFamily.HealthHut,
        FacilityType.PosteDeSante => FacilityTypeFamily.HealthPost,
        FacilityType.CentreDeSanteType1 or FacilityType.CentreDeSanteType2 => FacilityTypeFamily.HealthCentre,
        FacilityType.EpsNiveau1 or FacilityType.EpsNiveau2 or FacilityType.EpsNiveau3 => FacilityTypeFamily.Hospital,
        FacilityType.PrivateFacility => FacilityTypeFamily.Private,
        _ => FacilityTypeFamily.Unknown,
    };

    /// <summary>Pyramid rung (0 hut … 3 hospital), or null for private/unknown.</summary>
    internal int? Rung => Family switch
    {
        FacilityTypeFamily.HealthHut => 0,
        FacilityTypeFamily.HealthPost => 1,
        FacilityTypeFamily.HealthCentre => 2,
        FacilityTypeFamily.Hospital => 3,
        _ => null,
    };
}
