using System.Collections.Frozen;
using Passerelle.Core.Facilities;
using Passerelle.HealthMap.Mapping;

namespace Passerelle.HealthMap.Registry;

/// <summary>
/// Turns the type labels people type in facility lists ("PS", "P.S.", "Poste de Santé", "CS2",
/// "Hôpital régional", "Clinique"…) into the levels of Senegal's pyramid (senegal.md §2.1).
/// Labels are compared as compact keys: no case, accents, spaces or punctuation.
/// </summary>
internal static class FacilityTypeNormalizer
{
    private static readonly FacilityTypeMatch CentreWithoutType = new(
        FacilityType.CentreDeSanteType1,
        "Type du centre de santé non précisé : type 1 supposé (74 des 114 CS en 2022)",
        "health centre type not given: type 1 assumed (74 of 114 CS in 2022)");

    private static readonly FacilityTypeMatch ReferenceCentre = new(
        FacilityType.CentreDeSanteType2,
        "Centre de santé de référence : type 2 supposé (bloc opératoire), à confirmer",
        "reference health centre: type 2 assumed (operating theatre), to be confirmed");

    private static readonly FacilityTypeMatch Private = new(FacilityType.PrivateFacility, ImpliedOwnership: Ownership.Private);

    private static readonly FrozenDictionary<string, FacilityTypeMatch> Labels = BuildLabels();

    /// <summary>The type a label names, or null when the label is not recognised.</summary>
    public static FacilityTypeMatch? Normalize(string? label, ColumnMapping mapping)
    {
        var compact = TextKey.Compact(label);
        if (compact.Length == 0)
        {
            return null;
        }

        if (mapping.TypeLabels.TryGetValue(compact, out var configured))
        {
            return new FacilityTypeMatch(configured);
        }

        return Labels.TryGetValue(compact, out var known) ? known : ByPhrase(TextKey.Of(label));
    }

    /// <summary>Longer labels that contain a known phrase ("Poste de santé urbain de Médina").</summary>
    private static FacilityTypeMatch? ByPhrase(string key) => key switch
    {
        _ when key.StartsWith("case de sante", StringComparison.Ordinal) || key.StartsWith("case sante", StringComparison.Ordinal) => new(FacilityType.CaseDeSante),
        _ when key.StartsWith("poste de sante", StringComparison.Ordinal) || key.StartsWith("poste sante", StringComparison.Ordinal) => new(FacilityType.PosteDeSante),
        _ when key.Contains("clinique", StringComparison.Ordinal) || key.StartsWith("cabinet", StringComparison.Ordinal) => Private,
        _ when key.Contains("hopital regional", StringComparison.Ordinal) || key.Contains("centre hospitalier regional", StringComparison.Ordinal) => new(FacilityType.EpsNiveau2),
        _ when key.Contains("universitaire", StringComparison.Ordinal) || key.Contains("hopital national", StringComparison.Ordinal) => new(FacilityType.EpsNiveau3),
        _ when key.StartsWith("centre de sante", StringComparison.Ordinal) && key.Contains("reference", StringComparison.Ordinal) => ReferenceCentre,
        _ => null,
    };

    private static FrozenDictionary<string, FacilityTypeMatch> BuildLabels()
    {
        var labels = new Dictionary<string, FacilityTypeMatch>();
        void Add(FacilityTypeMatch match, params string[] names)
        {
            foreach (var name in names)
            {
                labels[TextKey.Compact(name)] = match;
            }
        }

        Add(new(FacilityType.CaseDeSante), "CASE", "Case", "Case de santé", "Case santé", "Health hut");
        Add(new(FacilityType.PosteDeSante), "PS", "Poste de santé", "Poste santé", "Poste", "Health post");
        Add(new(FacilityType.CentreDeSanteType1), "CS1", "CS I", "CS type 1", "CS type I", "Centre de santé type 1",
            "Centre de santé type I", "Centre de santé de type 1", "Centre de santé niveau 1", "Health centre type 1", "Health center type 1");
        Add(new(FacilityType.CentreDeSanteType2), "CS2", "CS II", "CS type 2", "CS type II", "Centre de santé type 2",
            "Centre de santé type II", "Centre de santé de type 2", "Centre de santé niveau 2", "Health centre type 2", "Health center type 2");
        Add(CentreWithoutType, "CS", "Centre de santé", "Centre santé", "Health centre", "Health center");
        Add(ReferenceCentre, "CSR", "CS de référence", "CS référence", "CSref", "Centre de santé de référence", "Centre de santé référence");
        Add(new(FacilityType.EpsNiveau1), "EPS1", "EPS 1", "EPS I", "EPS niveau 1", "EPS de niveau 1", "EPS niveau I",
            "Hôpital niveau 1", "Hôpital de niveau 1", "Hôpital départemental", "Hospital level 1");
        Add(new(FacilityType.EpsNiveau2), "EPS2", "EPS 2", "EPS II", "EPS niveau 2", "EPS de niveau 2", "EPS niveau II",
            "Hôpital niveau 2", "Hôpital de niveau 2", "Hôpital régional", "CHR", "Centre hospitalier régional",
            "Hospital level 2", "Regional hospital");
        Add(new(FacilityType.EpsNiveau3), "EPS3", "EPS 3", "EPS III", "EPS niveau 3", "EPS de niveau 3", "EPS niveau III",
            "Hôpital niveau 3", "Hôpital de niveau 3", "CHU", "CHN", "Centre hospitalier universitaire",
            "Centre hospitalier national", "Hôpital national", "Hospital level 3", "National hospital", "University hospital",
            "Teaching hospital");
        Add(Private, "PRIVE", "Privé", "Structure privée", "Clinique", "Clinique privée", "Polyclinique", "Cabinet",
            "Cabinet médical", "Cabinet médical privé", "Private", "Private facility", "Private clinic", "Clinic");
        Add(new(FacilityType.Other), "AUTRE", "Autre", "Other", "Pharmacie", "Laboratoire", "Pharmacy", "Laboratory");
        return labels.ToFrozenDictionary();
    }
}
