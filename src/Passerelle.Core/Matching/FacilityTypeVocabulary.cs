using Passerelle.Core.Facilities;

namespace Passerelle.Core.Matching;

/// <summary>
/// The words that say what kind of facility a name is (« PS », « Poste de santé », « CSR »,
/// « Hôpital »…), as folded token sequences with stop words already removed. They are taken out
/// of the name key and kept as a type signal. French first; the common English and Sierra Leone
/// forms are there so that DHIS2 demo data and GOFR samples normalise too.
/// </summary>
internal static class FacilityTypeVocabulary
{
    private static readonly (string Phrase, FacilityType Type)[] Phrases =
    [
        ("case sante", FacilityType.CaseDeSante),
        ("cases sante", FacilityType.CaseDeSante),
        ("case", FacilityType.CaseDeSante),
        ("c s", FacilityType.CaseDeSante),
        ("health hut", FacilityType.CaseDeSante),
        ("poste sante", FacilityType.PosteDeSante),
        ("postes sante", FacilityType.PosteDeSante),
        ("poste", FacilityType.PosteDeSante),
        ("ps", FacilityType.PosteDeSante),
        ("dispensaire", FacilityType.PosteDeSante),
        ("health post", FacilityType.PosteDeSante),
        ("mchp", FacilityType.PosteDeSante),
        ("chp", FacilityType.PosteDeSante),
        ("centre sante reference", FacilityType.CentreDeSanteType2),
        ("cs reference", FacilityType.CentreDeSanteType2),
        ("csref", FacilityType.CentreDeSanteType2),
        ("csr", FacilityType.CentreDeSanteType2),
        ("centre sante type 2", FacilityType.CentreDeSanteType2),
        ("centre sante 2", FacilityType.CentreDeSanteType2),
        ("cs2", FacilityType.CentreDeSanteType2),
        ("cs 2", FacilityType.CentreDeSanteType2),
        ("centre sante type 1", FacilityType.CentreDeSanteType1),
        ("centre sante 1", FacilityType.CentreDeSanteType1),
        ("cs1", FacilityType.CentreDeSanteType1),
        ("cs 1", FacilityType.CentreDeSanteType1),
        ("centre sante", FacilityType.CentreDeSanteType1),
        ("centres sante", FacilityType.CentreDeSanteType1),
        ("centre medical", FacilityType.CentreDeSanteType1),
        ("cs", FacilityType.CentreDeSanteType1),
        ("csi", FacilityType.CentreDeSanteType1),
        ("health centre", FacilityType.CentreDeSanteType1),
        ("health center", FacilityType.CentreDeSanteType1),
        ("chc", FacilityType.CentreDeSanteType1),
        ("centre hospitalier universitaire", FacilityType.EpsNiveau3),
        ("centre hospitalier national", FacilityType.EpsNiveau3),
        ("hopital national", FacilityType.EpsNiveau3),
        ("chu", FacilityType.EpsNiveau3),
        ("chn", FacilityType.EpsNiveau3),
        ("eps niveau 3", FacilityType.EpsNiveau3),
        ("eps 3", FacilityType.EpsNiveau3),
        ("eps3", FacilityType.EpsNiveau3),
        ("centre hospitalier regional", FacilityType.EpsNiveau2),
        ("hopital regional", FacilityType.EpsNiveau2),
        ("chr", FacilityType.EpsNiveau2),
        ("eps niveau 2", FacilityType.EpsNiveau2),
        ("eps 2", FacilityType.EpsNiveau2),
        ("eps2", FacilityType.EpsNiveau2),
        ("eps niveau 1", FacilityType.EpsNiveau1),
        ("eps 1", FacilityType.EpsNiveau1),
        ("eps1", FacilityType.EpsNiveau1),
        ("centre hospitalier", FacilityType.EpsNiveau1),
        ("hopital", FacilityType.EpsNiveau1),
        ("hop", FacilityType.EpsNiveau1),
        ("eps", FacilityType.EpsNiveau1),
        ("ch", FacilityType.EpsNiveau1),
        ("referral hospital", FacilityType.EpsNiveau1),
        ("general hospital", FacilityType.EpsNiveau1),
        ("hospital", FacilityType.EpsNiveau1),
        ("polyclinique", FacilityType.PrivateFacility),
        ("clinique", FacilityType.PrivateFacility),
        ("clinic", FacilityType.PrivateFacility),
        ("cabinet medical", FacilityType.PrivateFacility),
        ("cabinet med", FacilityType.PrivateFacility),
        ("cabinet", FacilityType.PrivateFacility),
    ];

    /// <summary>Phrases whose level is only a default (« Hôpital » says hospital, not which level).</summary>
    private static readonly HashSet<string> FamilyOnlyPhrases = new(StringComparer.Ordinal)
    {
        "centre sante", "centres sante", "centre medical", "cs", "csi", "health centre", "health center", "chc",
        "centre hospitalier", "hopital", "hop", "eps", "ch", "referral hospital", "general hospital", "hospital",
    };

    private static readonly string[][] SplitPhrases = Phrases.Select(p => p.Phrase.Split(' ')).ToArray();

    internal static readonly int LongestPhrase = SplitPhrases.Max(p => p.Length);

    /// <summary>Finds the longest type phrase starting at <paramref name="start"/>.</summary>
    internal static bool TryMatch(IReadOnlyList<string> tokens, int start, out int length, out FacilityTypeSignal signal)
    {
        length = 0;
        signal = FacilityTypeSignal.None;
        for (var i = 0; i < Phrases.Length; i++)
        {
            var phrase = SplitPhrases[i];
            if (phrase.Length <= length || start + phrase.Length > tokens.Count || !StartsAt(tokens, start, phrase))
            {
                continue;
            }

            length = phrase.Length;
            var type = Phrases[i].Type;
            signal = FamilyOnlyPhrases.Contains(Phrases[i].Phrase)
                ? new FacilityTypeSignal(FacilityTypeSignal.FamilyOf(type), FacilityType.Unknown)
                : FacilityTypeSignal.FromType(type);
        }

        return length > 0;
    }

    /// <summary>Reads a type column: a Passerelle code (<c>CS2</c>), an enum name or a phrase.</summary>
    internal static FacilityTypeSignal ParseLabel(string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return FacilityTypeSignal.None;
        }

        var byCode = FacilityTypeLabels.FromCode(label);
        if (byCode != FacilityType.Unknown)
        {
            return FacilityTypeSignal.FromType(byCode);
        }

        if (Enum.TryParse<FacilityType>(label.Trim(), ignoreCase: true, out var byName) && byName != FacilityType.Unknown)
        {
            return FacilityTypeSignal.FromType(byName);
        }

        var tokens = FacilityNameNormalizer.WithoutStopWords(TextFolding.Tokens(label));
        for (var i = 0; i < tokens.Count; i++)
        {
            if (TryMatch(tokens, i, out _, out var signal))
            {
                return signal;
            }
        }

        return FacilityTypeSignal.None;
    }

    private static bool StartsAt(IReadOnlyList<string> tokens, int start, string[] phrase)
    {
        for (var j = 0; j < phrase.Length; j++)
        {
            if (!string.Equals(tokens[start + j], phrase[j], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
