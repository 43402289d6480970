using System.Globalization;
using Passerelle.Core.Matching;
using Passerelle.Core.Matching.Crosswalk;

namespace Passerelle.Sync.Pipeline;

/// <summary>Counts of one alignment run, for people: accepted, to review, unmatched, and the cases flagged.</summary>
public sealed record AlignmentSummary(int Matched, int Review, int Unmatched, int Transitive, int Ambiguous, int Contradictions, int Upgrades, int RegistryOnly)
{
    public static AlignmentSummary Of(FacilityCrosswalk crosswalk)
    {
        ArgumentNullException.ThrowIfNull(crosswalk);
        var matches = crosswalk.Dhis2ToRegistry.Matches.Concat(crosswalk.IhrisToRegistry.Matches).ToList();
        int Count(CrosswalkFindingKind kind) => crosswalk.Findings.Count(f => f.Kind == kind);
        return new AlignmentSummary(
            matches.Count(m => m.Status == MatchStatus.Matched),
            matches.Count(m => m.Status == MatchStatus.Review),
            matches.Count(m => m.Status == MatchStatus.Unmatched),
            Count(CrosswalkFindingKind.Inferred),
            Count(CrosswalkFindingKind.Ambiguous),
            Count(CrosswalkFindingKind.Contradiction),
            Count(CrosswalkFindingKind.Upgrade),
            Count(CrosswalkFindingKind.RegistryOnly));
    }

    public string French => string.Create(CultureInfo.InvariantCulture,
        $"{Matched} correspondances acceptées, {Review} à revoir, {Unmatched} sans correspondance ; {Transitive} déduites, {Ambiguous} ambiguës (un-à-plusieurs / plusieurs-à-un), {Contradictions} contradictions, {Upgrades} changements de type, {RegistryOnly} structures du registre seules");

    public string English => string.Create(CultureInfo.InvariantCulture,
        $"{Matched} matches accepted, {Review} to review, {Unmatched} unmatched; {Transitive} inferred, {Ambiguous} ambiguous (one-to-many / many-to-one), {Contradictions} contradictions, {Upgrades} type changes, {RegistryOnly} registry-only facilities");
}
