using Passerelle.Core.Matching;
using Passerelle.Core.Workforce;

namespace Passerelle.Core.CadreMapping;

/// <summary>
/// Proposes the national cadre of iHRIS job titles (→ ISCO-08 → DHIS2 category option): word rules
/// with typo tolerance first, then fuzzy similarity to the cadre names, each with a score and a
/// reason. Proposals are accepted, sent to review or left unmatched by threshold; a person's
/// decision for a title always wins.
/// </summary>
public sealed class CadreMapper(CadreMappingOptions? options = null)
{
    private const double WordTolerance = 0.90;
    private readonly CadreMappingOptions _options = options ?? new CadreMappingOptions();

    /// <summary>Proposals for many titles (each distinct title once, in first-seen order).</summary>
    public IReadOnlyList<CadreMappingProposal> Propose(IEnumerable<string> jobTitles, IReadOnlyCollection<CadreDecision>? decisions = null)
    {
        var decided = new Dictionary<string, CadreDecision>(StringComparer.Ordinal);
        foreach (var decision in decisions ?? [])
        {
            decided[Key(decision.JobTitle)] = decision;
        }

        return jobTitles
            .Where(t => !string.IsNullOrWhiteSpace(t))
            .DistinctBy(Key, StringComparer.Ordinal)
            .Select(title => decided.TryGetValue(Key(title), out var decision) ? FromDecision(title, decision) : Propose(title))
            .ToList();
    }

    /// <summary>The automatic proposal for one title.</summary>
    public CadreMappingProposal Propose(string jobTitle)
    {
        var words = Words(jobTitle);
        if (words.Count == 0)
        {
            return Unmapped(jobTitle, "intitulé vide", "empty title");
        }

        foreach (var rule in JobTitleRules.All)
        {
            var quality = RuleQuality(rule.Words, words);
            if (quality > 0 && _options.Cadres.FirstOrDefault(c => c.Code == rule.CadreCode) is { } cadre)
            {
                var score = rule.Confidence * quality;
                var typo = quality < 1 ? " (orthographe approchée)" : string.Empty;
                var typoEn = quality < 1 ? " (approximate spelling)" : string.Empty;
                return Proposal(jobTitle, cadre, score, $"règle : {rule.French}{typo}", $"rule: {rule.English}{typoEn}");
            }
        }

        var (best, similarity) = _options.Cadres
            .Select(c => (Cadre: c, Similarity: Math.Max(StringSimilarity.MongeElkan(words, Words(c.French)), StringSimilarity.MongeElkan(words, Words(c.English)))))
            .MaxBy(p => p.Similarity);
        return similarity >= 0.75
            ? Proposal(jobTitle, best, similarity * 0.85, $"ressemble à « {best.French} » ({similarity:0.00})", $"resembles \"{best.English}\" ({similarity:0.00})")
            : Unmapped(jobTitle, "aucune règle ni cadre proche", "no rule and no close cadre");
    }

    /// <summary>The DHIS2 category option code of a cadre.</summary>
    public string CategoryOptionCode(Cadre cadre) => _options.CategoryOptionCodePrefix + cadre.Code;

    private CadreMappingProposal FromDecision(string title, CadreDecision decision)
    {
        var cadre = decision.CadreCode is null ? null : _options.Cadres.FirstOrDefault(c => string.Equals(c.Code, decision.CadreCode, StringComparison.OrdinalIgnoreCase));
        return cadre is null
            ? new CadreMappingProposal(title, null, null, null, 1, MatchStatus.Unmatched, true, "décision : non rattaché à un cadre", "decision: not mapped to a cadre")
            : new CadreMappingProposal(title, cadre, cadre.Isco08, CategoryOptionCode(cadre), 1, MatchStatus.Matched, true, $"décision : {cadre.French}", $"decision: {cadre.English}");
    }

    private CadreMappingProposal Proposal(string title, Cadre cadre, double score, string french, string english)
    {
        var status = score >= _options.AcceptThreshold ? MatchStatus.Matched : score >= _options.ReviewThreshold ? MatchStatus.Review : MatchStatus.Unmatched;
        return new CadreMappingProposal(title, cadre, cadre.Isco08, CategoryOptionCode(cadre), Math.Round(score, 4), status, false, $"{cadre.Code} — {french}", $"{cadre.Code} — {english}");
    }

    private static CadreMappingProposal Unmapped(string title, string french, string english) =>
        new(title, null, null, null, 0, MatchStatus.Unmatched, false, french, english);

    /// <summary>1 when every rule word is in the title, lower for near spellings, 0 when one is missing.</summary>
    private static double RuleQuality(string[] ruleWords, IReadOnlyList<string> titleWords)
    {
        var quality = 1.0;
        foreach (var ruleWord in ruleWords)
        {
            var best = titleWords.Max(w => Similarity(ruleWord, w));
            if (best < WordTolerance)
            {
                return 0;
            }

            quality = Math.Min(quality, best);
        }

        return quality;
    }

    private static double Similarity(string ruleWord, string titleWord)
    {
        if (string.Equals(ruleWord, titleWord, StringComparison.Ordinal) || (titleWord.Length > ruleWord.Length && titleWord.StartsWith(ruleWord, StringComparison.Ordinal) && ruleWord.Length >= 5))
        {
            // Exact, or a feminine/plural form (« infirmière », « infirmiers »).
            return 1;
        }

        return ruleWord.Length <= 3 || titleWord.Length <= 3 ? 0 : StringSimilarity.JaroWinkler(ruleWord, titleWord);
    }

    private static IReadOnlyList<string> Words(string text) =>
        TextFolding.Tokens(text).Where(t => t is not ("de" or "d" or "du" or "des" or "la" or "le" or "l" or "en" or "et" or "of" or "the")).ToList();

    private static string Key(string title) => string.Join(' ', Words(title));
}
