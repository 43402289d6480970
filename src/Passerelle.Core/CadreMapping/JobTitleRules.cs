namespace Passerelle.Core.CadreMapping;

/// <summary>
/// Rules from job-title words to national cadres, most specific first (« assistant infirmier »
/// before « infirmier », « médecin gynécologue » before « médecin »). Each rule lists words that
/// must all appear (folded, compared with typo tolerance) and the confidence it gives.
/// </summary>
internal static class JobTitleRules
{
    internal sealed record Rule(string[] Words, string CadreCode, double Confidence, string French, string English);

    private static Rule R(string words, string cadre, double confidence, string french, string english) =>
        new(words.Split(' '), cadre, confidence, french, english);

    public static IReadOnlyList<Rule> All { get; } =
    [
        R("agent sante communautaire", "ASC", 0.95, "agent de santé communautaire", "community health worker"),
        R("relais communautaire", "ASC", 0.90, "relais communautaire", "community relay"),
        R("dispensateur soins domicile", "ASC", 0.90, "dispensateur de soins à domicile", "home care provider"),
        R("asc", "ASC", 0.90, "sigle ASC", "acronym ASC"),
        R("assistant infirmier", "AI", 0.95, "assistant infirmier", "assistant nurse"),
        R("aide infirmier", "AI", 0.90, "aide-infirmier", "nursing aide"),
        R("infirmier brevete", "AI", 0.90, "infirmier breveté", "certified (non-state) nurse"),
        R("agent sante", "AI", 0.60, "« agent de santé » sans précision : assistant infirmier probable, à vérifier", "unspecified \"agent de santé\": likely assistant nurse, to check"),
        R("technicien superieur", "TSS", 0.95, "technicien supérieur de santé", "senior health technician"),
        R("tss", "TSS", 0.90, "sigle TSS", "acronym TSS"),
        R("medecin specialiste", "MEDSPE", 0.95, "médecin spécialiste", "specialist doctor"),
        R("gynecologue", "MEDSPE", 0.95, "spécialité : gynécologie", "speciality: gynaecology"),
        R("pediatre", "MEDSPE", 0.95, "spécialité : pédiatrie", "speciality: paediatrics"),
        R("chirurgien", "MEDSPE", 0.90, "spécialité : chirurgie", "speciality: surgery"),
        R("anesthesiste", "MEDSPE", 0.90, "spécialité : anesthésie", "speciality: anaesthesia"),
        R("cardiologue", "MEDSPE", 0.95, "spécialité : cardiologie", "speciality: cardiology"),
        R("radiologue", "MEDSPE", 0.95, "spécialité : radiologie", "speciality: radiology"),
        R("psychiatre", "MEDSPE", 0.95, "spécialité : psychiatrie", "speciality: psychiatry"),
        R("ophtalmologue", "MEDSPE", 0.95, "spécialité : ophtalmologie", "speciality: ophthalmology"),
        R("interniste", "MEDSPE", 0.90, "spécialité : médecine interne", "speciality: internal medicine"),
        R("medecin", "MED", 0.95, "médecin", "medical doctor"),
        R("docteur medecine", "MED", 0.90, "docteur en médecine", "doctor of medicine"),
        R("sage femme", "SFE", 0.95, "sage-femme", "midwife"),
        R("maieuticien", "SFE", 0.90, "maïeuticien", "male midwife"),
        R("sfe", "SFE", 0.90, "sigle SFE", "acronym SFE"),
        R("infirmier", "IDE", 0.90, "infirmier (d'État)", "(state) nurse"),
        R("ide", "IDE", 0.90, "sigle IDE", "acronym IDE"),
        R("icp", "IDE", 0.85, "infirmier chef de poste (ICP)", "head nurse of a health post (ICP)"),
        R("matrone", "MAT", 0.95, "matrone", "traditional birth attendant"),
        R("accoucheuse", "MAT", 0.85, "accoucheuse", "birth attendant"),
        R("technicien laboratoire", "TSS", 0.85, "technicien de laboratoire", "laboratory technician"),
        R("laborantin", "TSS", 0.85, "laborantin", "laboratory technician"),
        R("manipulateur radio", "TSS", 0.85, "manipulateur en radiologie", "radiographer"),
        R("kinesitherapeute", "TSS", 0.85, "kinésithérapeute", "physiotherapist"),
        R("pharmacien", "PHA", 0.95, "pharmacien", "pharmacist"),
        R("secretaire", "ADM", 0.90, "secrétaire", "secretary"),
        R("comptable", "ADM", 0.90, "comptable", "accountant"),
        R("gestionnaire", "ADM", 0.90, "gestionnaire", "administrator"),
        R("administrateur", "ADM", 0.90, "administrateur", "administrator"),
        R("agent administratif", "ADM", 0.90, "agent administratif", "administrative officer"),
        R("chauffeur", "ADM", 0.90, "chauffeur (personnel d'appui)", "driver (support staff)"),
        R("gardien", "ADM", 0.90, "gardien (personnel d'appui)", "guard (support staff)"),
        R("archiviste", "ADM", 0.85, "archiviste", "archivist"),
    ];
}
