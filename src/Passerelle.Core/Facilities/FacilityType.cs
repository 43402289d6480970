namespace Passerelle.Core.Facilities;

/// <summary>The levels of Senegal's health pyramid (reference/senegal/senegal.md §2.1).</summary>
public enum FacilityType
{
    Unknown = 0,
    CaseDeSante,
    PosteDeSante,
    CentreDeSanteType1,
    CentreDeSanteType2,
    EpsNiveau1,
    EpsNiveau2,
    EpsNiveau3,
    PrivateFacility,
    Other,
}

public enum Ownership
{
    Unknown = 0,
    Public,
    Private,
    Confessional,
    Military,
    Community,
}

public static class FacilityTypeLabels
{
    /// <summary>Stable code used in files, the warehouse and DHIS2 codes.</summary>
    public static string Code(this FacilityType type) => type switch
    {
        FacilityType.CaseDeSante => "CASE",
        FacilityType.PosteDeSante => "PS",
        FacilityType.CentreDeSanteType1 => "CS1",
        FacilityType.CentreDeSanteType2 => "CS2",
        FacilityType.EpsNiveau1 => "EPS1",
        FacilityType.EpsNiveau2 => "EPS2",
        FacilityType.EpsNiveau3 => "EPS3",
        FacilityType.PrivateFacility => "PRIVE",
        FacilityType.Other => "AUTRE",
        _ => "INCONNU",
    };

    public static string French(this FacilityType type) => type switch
    {
        FacilityType.CaseDeSante => "Case de santé",
        FacilityType.PosteDeSante => "Poste de santé",
        FacilityType.CentreDeSanteType1 => "Centre de santé type 1",
        FacilityType.CentreDeSanteType2 => "Centre de santé type 2",
        FacilityType.EpsNiveau1 => "EPS niveau 1",
        FacilityType.EpsNiveau2 => "EPS niveau 2",
        FacilityType.EpsNiveau3 => "EPS niveau 3",
        FacilityType.PrivateFacility => "Structure privée",
        FacilityType.Other => "Autre",
        _ => "Type inconnu",
    };

    public static string English(this FacilityType type) => type switch
    {
        FacilityType.CaseDeSante => "Health hut",
        FacilityType.PosteDeSante => "Health post",
        FacilityType.CentreDeSanteType1 => "Health centre type 1",
        FacilityType.CentreDeSanteType2 => "Health centre type 2",
        FacilityType.EpsNiveau1 => "Hospital level 1",
        FacilityType.EpsNiveau2 => "Hospital level 2",
        FacilityType.EpsNiveau3 => "Hospital level 3",
        FacilityType.PrivateFacility => "Private facility",
        FacilityType.Other => "Other",
        _ => "Unknown type",
    };

    public static FacilityType FromCode(string code) =>
        Enum.GetValues<FacilityType>().FirstOrDefault(t => string.Equals(t.Code(), code.Trim(), StringComparison.OrdinalIgnoreCase));
}
