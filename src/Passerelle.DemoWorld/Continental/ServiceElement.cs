using Passerelle.Core.Facilities;
using Passerelle.DemoWorld.Generation;

namespace Passerelle.DemoWorld.Continental;

/// <summary>A monthly service data element of the continent: its code, its monthly volume at a health post, and where it is not offered.</summary>
internal sealed record ServiceElement(string Code, string Name, double PostMonthlyMean, bool NotAtHealthHuts)
{
    /// <summary>The analysis plan's four elements first, then sixteen more a DHIS2 monthly report carries.</summary>
    public static IReadOnlyList<ServiceElement> Catalogue { get; } =
    [
        new(ServiceDataBuilder.ConsultationsCode, "Consultations curatives", 420, false),
        new(ServiceDataBuilder.DeliveriesCode, "Accouchements assistés", 18, true),
        new(ServiceDataBuilder.FirstAntenatalCode, "CPN1", 30, false),
        new(ServiceDataBuilder.Penta3Code, "Penta3 administré", 25, false),
        new("CPN4", "CPN4", 18, false),
        new("CPON", "Consultations postnatales", 15, true),
        new("PF_NOUVELLES", "Planification familiale : nouvelles utilisatrices", 12, false),
        new("PALU_TDR_POSITIFS", "Paludisme : TDR positifs", 60, false),
        new("PALU_TRAITES", "Paludisme : cas traités par ACT", 55, false),
        new("IRA_MOINS5", "Infections respiratoires aiguës, moins de 5 ans", 40, false),
        new("DIARRHEE_MOINS5", "Diarrhées, moins de 5 ans", 30, false),
        new("MALNUT_DEPISTES", "Malnutrition aiguë : enfants dépistés", 80, false),
        new("BCG", "BCG administré", 20, true),
        new("VAR1", "Rougeole-rubéole 1 administré", 22, false),
        new("VAT2", "VAT2+ femmes enceintes", 20, false),
        new("TB_DEPISTES", "Tuberculose : cas dépistés", 2, true),
        new("VIH_TESTES", "VIH : personnes testées", 35, true),
        new("REFERENCES", "Références vers un niveau supérieur", 10, false),
        new("HOSPITALISATIONS", "Hospitalisations", 8, true),
        new("CONSULT_PRENATALES_RISQUE", "Grossesses à risque référées", 3, true),
    ];

    /// <summary>How much busier than a health post a facility of <paramref name="type"/> is.</summary>
    public static double SizeOf(FacilityType type) => type switch
    {
        FacilityType.EpsNiveau1 => 8,
        FacilityType.CentreDeSanteType1 => 3.5,
        FacilityType.PosteDeSante => 1,
        FacilityType.CaseDeSante => 0.25,
        _ => 0.6,
    };
}
