using Passerelle.DemoWorld.Model;

namespace Passerelle.DemoWorld.Generation;

/// <summary>
/// The iHRIS job CodeSystem of the demo: ISCO-like codes (as iHRIS 5's <c>2221-1D</c>), French titles,
/// and the national cadre as the <c>cadre</c> property. Some titles carry no cadre, as in real job lists,
/// and need a mapping (reference/ihris/ihris.md §2.6, §2.10).
/// </summary>
internal static class JobCatalogue
{
    public const string GeneralPractitioner = "2211-01";
    public const string DistrictChiefDoctor = "2211-02";
    public const string Gynaecologist = "2212-01";
    public const string Surgeon = "2212-02";
    public const string Paediatrician = "2212-03";
    public const string Anaesthetist = "2212-04";
    public const string Midwife = "2222-01";
    public const string SeniorMidwife = "2222-02";
    public const string Nurse = "2221-01";
    public const string HeadOfPostNurse = "2221-02";
    public const string HeadNurse = "2221-03";
    public const string AssistantNurse = "3221-01";
    public const string HealthAgent = "3221-02";
    public const string CareAssistant = "5321-01";
    public const string AnaesthesiaTechnician = "3211-01";
    public const string LaboratoryTechnician = "3212-01";
    public const string ImagingTechnician = "3211-02";
    public const string CommunityHealthWorker = "3253-01";
    public const string CommunityRelay = "3253-02";
    public const string Matron = "3222-01";
    public const string Pharmacist = "2262-01";
    public const string Secretary = "4110-01";
    public const string Accountant = "3313-01";
    public const string Driver = "8322-01";

    public static IReadOnlyList<IhrisJobRecord> All { get; } =
    [
        new(GeneralPractitioner, "Médecin généraliste", "MED"),
        new(DistrictChiefDoctor, "Médecin chef de district", "MED"),
        new(Gynaecologist, "Gynécologue-obstétricien", "MEDSPE"),
        new(Surgeon, "Chirurgien généraliste", "MEDSPE"),
        new(Paediatrician, "Pédiatre", "MEDSPE"),
        new(Anaesthetist, "Médecin anesthésiste-réanimateur", "MEDSPE"),
        new(Midwife, "Sage-femme d'État", "SFE"),
        new(SeniorMidwife, "Sage-femme principale", null),
        new(Nurse, "Infirmier d'État", "IDE"),
        new(HeadOfPostNurse, "Infirmier chef de poste", null),
        new(HeadNurse, "Infirmier major", "IDE"),
        new(AssistantNurse, "Assistant infirmier", "AI"),
        new(HealthAgent, "Agent de santé", null),
        new(CareAssistant, "Aide-soignant", null),
        new(AnaesthesiaTechnician, "Technicien supérieur en anesthésie-réanimation", "TSS"),
        new(LaboratoryTechnician, "Technicien de laboratoire", "TSS"),
        new(ImagingTechnician, "Technicien en imagerie médicale", "TSS"),
        new(CommunityHealthWorker, "Agent de santé communautaire", "ASC"),
        new(CommunityRelay, "Relais communautaire", null),
        new(Matron, "Matrone", "MAT"),
        new(Pharmacist, "Pharmacien", "PHA"),
        new(Secretary, "Secrétaire", "ADM"),
        new(Accountant, "Comptable", "ADM"),
        new(Driver, "Chauffeur", "ADM"),
    ];

    /// <summary>The cadre a job really belongs to, including the jobs whose catalogue entry lacks it.</summary>
    public static string TrueCadre(string jobCode) => jobCode switch
    {
        SeniorMidwife => "SFE",
        HeadOfPostNurse => "IDE",
        HealthAgent or CareAssistant => "AI",
        CommunityRelay => "ASC",
        _ => All.First(j => j.Code == jobCode).CadreCode!,
    };
}
