using System.Text.Json;
using Passerelle.Core.Facilities;
using Passerelle.Core.Geography;
using Passerelle.Core.Matching;
using Passerelle.Core.Storage;

namespace Passerelle.Sync.Pipeline;

/// <summary>
/// Align: DHIS2 org units and iHRIS facilities are matched to the Carte sanitaire (the golden registry).
/// Sure matches are accepted, the rest wait for review; decisions people made are inputs and are never
/// overwritten (the store enforces it too).
/// </summary>
public sealed class AlignStage(IWarehouse warehouse, TimeProvider time, FacilityMatchOptions? options = null)
{
    public const string Name = "align";

    /// <summary>Who automatic links are attributed to.</summary>
    public const string MatcherName = "passerelle-matcher";

    public async Task<StageOutcome> RunAsync(CancellationToken cancellationToken)
    {
        var registry = await ReadAsync(SourceSystem.HealthMap, cancellationToken);
        if (registry.Count == 0)
        {
            throw new SyncStageException(Name, "aucune structure de la carte sanitaire : lancez d'abord la collecte / no registry facility: pull first");
        }

        await warehouse.Dimensions.UpsertFacilitiesAsync(registry.Select(ToDimension), cancellationToken);
        var matched = 0;
        var review = 0;
        var unmatched = 0;
        var read = registry.Count;
        foreach (var source in new[] { SourceSystem.Dhis2, SourceSystem.Ihris })
        {
            var facilities = await ReadAsync(source, cancellationToken);
            read += facilities.Count;
            var existing = await warehouse.Crosswalk.ReadFacilityLinksAsync(source, cancellationToken);
            var decisions = existing
                .Where(l => l.Status.IsHuman())
                .Select(l => new MatchDecision(l.SourceId, l.GoldenId, l.Status == DecisionStatus.ManualAccepted ? MatchVerdict.Linked : MatchVerdict.Rejected))
                .ToList();
            var result = new FacilityMatcher(options).Match(facilities, registry, decisions);
            var now = time.GetUtcNow();
            var links = new List<FacilityLink>();
            foreach (var match in result.Matches)
            {
                switch (match.Status)
                {
                    case MatchStatus.Matched: matched++; break;
                    case MatchStatus.Review: review++; break;
                    default: unmatched++; break;
                }

                if (match.RightId is null || match.Flags.HasFlag(MatchFlags.DecidedByPerson))
                {
                    continue;
                }

                links.Add(new FacilityLink(
                    match.RightId,
                    source,
                    match.LeftId,
                    match.Score,
                    match.Status == MatchStatus.Matched ? DecisionStatus.AutoAccepted : DecisionStatus.Review,
                    Explain(match),
                    MatcherName,
                    now));
            }

            await warehouse.Crosswalk.UpsertFacilityLinksAsync(links, cancellationToken);
        }

        return new StageOutcome(
            read,
            matched + review,
            unmatched,
            $"{matched} correspondances acceptées, {review} à revoir, {unmatched} sans correspondance",
            $"{matched} matches accepted, {review} to review, {unmatched} unmatched");
    }

    private async Task<List<SourceFacility>> ReadAsync(SourceSystem source, CancellationToken cancellationToken)
    {
        var list = new List<SourceFacility>();
        await foreach (var facility in warehouse.Staging.ReadSourceFacilitiesAsync(source, cancellationToken))
        {
            list.Add(facility);
        }

        return list;
    }

    private static FacilityDimension ToDimension(SourceFacility f) =>
        new(f.SourceId, f.Name, f.Type, SenegalRegions.Resolve(f.Region)?.Code, f.District, f.Location);

    /// <summary>The explanation kept with a link: each signal's level and weight, in French and English.</summary>
    public static string Explain(FacilityMatch match) => JsonSerializer.Serialize(new
    {
        score = match.Score,
        flags = match.Flags.ToString(),
        fr = match.ExplanationFrench,
        en = match.ExplanationEnglish,
        signals = match.Contributions.Select(c => new { signal = c.Signal.ToString(), level = c.Level?.English, weight = c.Weight }),
    });
}
