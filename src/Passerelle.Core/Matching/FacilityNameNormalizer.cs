namespace Passerelle.Core.Matching;

/// <summary>
/// Normalises facility names for matching: accents, case and punctuation folded, stop words
/// (« de », « du », « la », « d' »…) dropped, common abbreviations expanded, and the words that
/// say the facility type (« PS », « Centre de santé », « EPS », « Hôpital »…) moved out of the
/// key into a <see cref="FacilityTypeSignal"/>.
/// </summary>
public static class FacilityNameNormalizer
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "de", "du", "des", "d", "la", "le", "les", "l", "et", "a", "au", "aux", "en", "sur", "of", "the", "and",
    };

    /// <summary>
    /// Words left over from a type phrase split by a word swap (« Poste de Lipa Santé »), and the
    /// ownership word one list writes and another leaves out (« Poste de santé privé catholique »).
    /// </summary>
    private static readonly HashSet<string> TypeResidueWords = new(StringComparer.Ordinal) { "sante", "health", "prive", "privee" };

    private static readonly Dictionary<string, string> Abbreviations = new(StringComparer.Ordinal)
    {
        ["st"] = "saint",
        ["ste"] = "sainte",
        ["pste"] = "poste",
        ["ctre"] = "centre",
        ["cab"] = "cabinet",
        ["cntre"] = "centre",
        ["hopitale"] = "hopital",
        ["center"] = "centre",
        ["hc"] = "health centre",
        ["dr"] = "docteur",
        ["mt"] = "mont",
    };

    /// <summary>Normalises one facility name.</summary>
    public static NormalizedFacilityName Normalize(string? name)
    {
        var tokens = WithoutStopWords(Expand(TextFolding.Tokens(name)));
        var kept = new List<string>(tokens.Count);
        var signal = FacilityTypeSignal.None;
        for (var i = 0; i < tokens.Count;)
        {
            if (FacilityTypeVocabulary.TryMatch(tokens, i, out var length, out var found))
            {
                if (!signal.IsKnown || (signal.Exact == Facilities.FacilityType.Unknown && found.Exact != Facilities.FacilityType.Unknown))
                {
                    signal = found;
                }

                i += length;
                continue;
            }

            kept.Add(tokens[i]);
            i++;
        }

        kept.RemoveAll(TypeResidueWords.Contains);

        // A name made only of type words (« Hôpital régional ») keeps them as its key.
        var nameTokens = kept.Count > 0 ? kept : tokens;
        return new NormalizedFacilityName(nameTokens, signal, tokens, IsTypeOnly: kept.Count == 0 && tokens.Count > 0);
    }

    /// <summary>Folded tokens of an administrative name (region or district), generic words dropped.</summary>
    public static IReadOnlyList<string> AdministrativeTokens(string? name)
    {
        var tokens = WithoutStopWords(TextFolding.Tokens(name));
        var kept = tokens.Where(t => !AdministrativeWords.Contains(t)).ToList();
        return kept.Count > 0 ? kept : tokens;
    }

    internal static IReadOnlyList<string> WithoutStopWords(IReadOnlyList<string> tokens)
    {
        var kept = tokens.Where(t => !StopWords.Contains(t)).ToList();
        return kept.Count > 0 ? kept : tokens;
    }

    private static readonly HashSet<string> AdministrativeWords = new(StringComparer.Ordinal)
    {
        "district", "districts", "sanitaire", "region", "regional", "medicale", "medical", "rm", "ds", "departement",
        "province", "chiefdom", "health", "zone",
    };

    private static List<string> Expand(IReadOnlyList<string> tokens)
    {
        var expanded = new List<string>(tokens.Count + 2);
        foreach (var token in tokens)
        {
            if (Abbreviations.TryGetValue(token, out var full))
            {
                expanded.AddRange(full.Split(' '));
            }
            else
            {
                expanded.Add(token);
            }
        }

        return expanded;
    }
}
