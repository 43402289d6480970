namespace Passerelle.Core.Workforce;

/// <summary>
/// Senegal's national cadres used by default. The list follows the professions named in
/// reference/senegal/senegal.md §3 and the ISCO-08 groups of WHO's NHWA; a country can extend it
/// through configuration.
/// </summary>
public static class NationalCadres
{
    public static readonly Cadre Medecin = new("MED", "Médecin", "Medical doctor", "2211", NhwaGroup.Doctor);
    public static readonly Cadre MedecinSpecialiste = new("MEDSPE", "Médecin spécialiste", "Specialist medical doctor", "2212", NhwaGroup.Doctor);
    public static readonly Cadre SageFemme = new("SFE", "Sage-femme d'État", "State midwife", "2222", NhwaGroup.Midwife);
    public static readonly Cadre Infirmier = new("IDE", "Infirmier d'État", "State nurse", "2221", NhwaGroup.Nurse);
    public static readonly Cadre AssistantInfirmier = new("AI", "Assistant infirmier", "Assistant nurse", "3221", NhwaGroup.Nurse);
    public static readonly Cadre TechnicienSuperieur = new("TSS", "Technicien supérieur de santé", "Senior health technician", "3211", NhwaGroup.None);
    public static readonly Cadre AgentSanteCommunautaire = new("ASC", "Agent de santé communautaire", "Community health worker", "3253", NhwaGroup.None);
    public static readonly Cadre Matrone = new("MAT", "Matrone", "Traditional birth attendant", "3222", NhwaGroup.None);
    public static readonly Cadre Pharmacien = new("PHA", "Pharmacien", "Pharmacist", "2262", NhwaGroup.None);
    public static readonly Cadre Administratif = new("ADM", "Personnel administratif et d'appui", "Administrative and support staff", "4110", NhwaGroup.None);

    public static IReadOnlyList<Cadre> All { get; } =
    [
        Medecin, MedecinSpecialiste, SageFemme, Infirmier, AssistantInfirmier,
        TechnicienSuperieur, AgentSanteCommunautaire, Matrone, Pharmacien, Administratif,
    ];

    public static Cadre? ByCode(string code) =>
        All.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase));
}
