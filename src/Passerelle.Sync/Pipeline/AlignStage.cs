using System.Text.Json;
using Passerelle.Core.Facilities;
using Passerelle.Core.Geography;
using Passerelle.Core.Matching;
using Passerelle.Core.Matching.Crosswalk;
using Passerelle.Core.Storage;

namespace Passerelle.Sync.Pipeline;

/// <summary>
/// Align: the three-way crosswalk. The Carte sanitaire is the golden registry (its code is the golden id,
/// stable across runs); DHIS2 org units and iHRIS facilities are matched to it, tied to each other through
/// the entry they share (transitive links are stored too), and ambiguous cases (one-to-many, many-to-one,
/// upgrades, contradictions) are counted. Sure matches are accepted, the rest wait for review; decisions
/// people made are inputs and are never overwritten (the store enforces it too).
/// </summary>
/// <param name="fingerprints">When given (and no matching options are), the stage is skipped if its inputs are those of the last successful run.</param>
public sealed class AlignStage(IWarehouse warehouse, TimeProvider time, FacilityMatchOptions? options = null, RunFingerprints? fingerprints = null)
{
    public const string Name = "align";

    /// <summary>Who automatic links are attributed to.</summary>
    public const string MatcherName = "passerelle-matcher";

    /// <summary>The crosswalk of the last run, for review screens and the summary.</summary>
    public FacilityCrosswalk? Crosswalk { get; private set; }

    public async Task<StageOutcome> RunAsync(CancellationToken cancellationToken)
    {
        // The three lists live only while the crosswalk is built: a hundred thousand facilities each are not held
        // while the links are written.
        var (crosswalk, read, inputs, kept) = await BuildAsync(cancellationToken);
        if (crosswalk is null)
        {
            return kept!;
        }

        Crosswalk = crosswalk;
        var links = Links(crosswalk, time.GetUtcNow());
        await warehouse.Crosswalk.UpsertFacilityLinksAsync(links, cancellationToken);

        if (inputs is not null)
        {
            await fingerprints!.RecordAsync(Name, inputs, cancellationToken);
        }

        var summary = AlignmentSummary.Of(crosswalk);
        return new StageOutcome(
            read,
            summary.Matched + summary.Review,
            summary.Unmatched,
            summary.French,
            summary.English);
    }

    /// <summary>Reads the three lists and builds the crosswalk; no crosswalk, and what to report, when the inputs are the last successful run's.</summary>
    private async Task<(FacilityCrosswalk? Crosswalk, long Read, string? Inputs, StageOutcome? Kept)> BuildAsync(CancellationToken cancellationToken)
    {
        var registry = await ReadAsync(SourceSystem.HealthMap, cancellationToken);
        if (registry.Count == 0)
        {
            throw new SyncStageException(Name, "aucune structure de la carte sanitaire : lancez d'abord la collecte / no registry facility: pull first");
        }

        var dhis2 = await ReadAsync(SourceSystem.Dhis2, cancellationToken);
        var ihris = await ReadAsync(SourceSystem.Ihris, cancellationToken);
        // Only what people decided is needed: links are read without their explanations (200,000 of them at a continent's
        // size would weigh some 400 MB).
        var existing = (await warehouse.Crosswalk.ReadFacilityLinkTargetsAsync(SourceSystem.Dhis2, cancellationToken))
            .Concat(await warehouse.Crosswalk.ReadFacilityLinkTargetsAsync(SourceSystem.Ihris, cancellationToken));
        var decisions = existing
            .Where(l => l.Status.IsHuman())
            .Select(l => new FacilityLinkDecision(l.Source, l.SourceId, l.GoldenId, l.Status == DecisionStatus.ManualAccepted ? MatchVerdict.Linked : MatchVerdict.Rejected))
            .ToList();
        var inputs = options is null && fingerprints is not null ? InputsFingerprint(registry, dhis2, ihris, decisions) : null;
        if (inputs is not null && await fingerprints!.MatchesLastAsync(Name, inputs, cancellationToken))
        {
            await fingerprints.RecordAsync(Name, inputs, cancellationToken);
            return (null, 0, inputs, new StageOutcome(
                registry.Count + dhis2.Count + ihris.Count,
                0,
                0,
                "entrées inchangées depuis la dernière exécution réussie : alignement conservé",
                "inputs unchanged since the last successful run: alignment kept"));
        }

        await warehouse.Dimensions.UpsertFacilitiesAsync(registry.Select(ToDimension), cancellationToken);
        var crosswalk = new FacilityCrosswalkBuilder(options).Build(registry, dhis2, ihris, decisions);
        return (crosswalk, registry.Count + dhis2.Count + ihris.Count, inputs, null);
    }

    /// <summary>
    /// The links to store: accepted ones (matched or transitive) and review candidates; person-decided pairs are left alone.
    /// Made one at a time as the store takes them, so their explanations (about 2 KB each in memory) are never all held.
    /// </summary>
    internal static IEnumerable<FacilityLink> Links(FacilityCrosswalk crosswalk, DateTimeOffset now)
    {
        var runs = new Dictionary<SourceSystem, FacilityMatchResult>
        {
            [SourceSystem.Dhis2] = crosswalk.Dhis2ToRegistry,
            [SourceSystem.Ihris] = crosswalk.IhrisToRegistry,
        };
        // One lookup per link: a scan of the matches per entry made 100,000 facilities cost minutes.
        var matchOf = runs.ToDictionary(
            r => r.Key,
            r => r.Value.Matches
                .Where(m => m.RightId is not null)
                .GroupBy(m => (m.LeftId, m.RightId!))
                .ToDictionary(g => g.Key, g => g.First()));
        foreach (var entry in crosswalk.Entries.Where(e => e.RegistryId is not null))
        {
            foreach (var (source, link) in new[] { (SourceSystem.Dhis2, entry.Dhis2), (SourceSystem.Ihris, entry.Ihris) })
            {
                if (link is null || link.Basis == CrosswalkLinkBasis.DecidedByPerson)
                {
                    continue;
                }

                var match = matchOf[source].GetValueOrDefault((link.SourceId, entry.RegistryId!));
                var explanation = match is not null ? Explain(match) : ExplainTransitive(link);
                yield return new FacilityLink(entry.RegistryId!, source, link.SourceId, link.Score, DecisionStatus.AutoAccepted, explanation, MatcherName, now);
            }
        }

        foreach (var (source, run) in runs)
        {
            foreach (var match in run.Matches.Where(m => m.Status == MatchStatus.Review && m.RightId is not null && !m.Flags.HasFlag(MatchFlags.DecidedByPerson)))
            {
                yield return new FacilityLink(match.RightId!, source, match.LeftId, match.Score, DecisionStatus.Review, Explain(match), MatcherName, now);
            }
        }
    }

    /// <summary>
    /// What the matcher's result depends on: the three staged lists, the decisions people made, and the matcher's
    /// own build (a new version may match differently).
    /// </summary>
    internal static string InputsFingerprint(
        IEnumerable<SourceFacility> registry, IEnumerable<SourceFacility> dhis2, IEnumerable<SourceFacility> ihris, IEnumerable<FacilityLinkDecision> decisions)
    {
        using var fingerprint = new Fingerprint();
        fingerprint.Add(typeof(FacilityCrosswalkBuilder).Assembly.ManifestModule.ModuleVersionId.ToString()).EndRecord();
        foreach (var f in registry.Concat(dhis2).Concat(ihris).OrderBy(f => f.Source).ThenBy(f => f.SourceId, StringComparer.Ordinal))
        {
            fingerprint.Add(f.Source.ToString()).Add(f.SourceId).Add(f.Name).Add(f.TypeLabel).Add(f.Type.ToString())
                .Add(f.Region).Add(f.District).Add(f.Location?.Latitude).Add(f.Location?.Longitude);
            foreach (var (kind, code) in f.Codes.OrderBy(c => c.Key, StringComparer.Ordinal))
            {
                fingerprint.Add(kind).Add(code);
            }

            fingerprint.EndRecord();
        }

        foreach (var d in decisions.OrderBy(d => d.Source).ThenBy(d => d.SourceId, StringComparer.Ordinal).ThenBy(d => d.RegistryId, StringComparer.Ordinal))
        {
            fingerprint.Add(d.Source.ToString()).Add(d.SourceId).Add(d.RegistryId).Add(d.Verdict.ToString()).EndRecord();
        }

        return fingerprint.Value();
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

    private static string ExplainTransitive(CrosswalkLink link) => JsonSerializer.Serialize(new
    {
        score = link.Score,
        flags = link.Flags.ToString(),
        fr = link.Basis == CrosswalkLinkBasis.Transitive ? "déduit par la troisième liste (uid DHIS2 porté par iHRIS)" : "identifiant commun",
        en = link.Basis == CrosswalkLinkBasis.Transitive ? "inferred through the third list (DHIS2 uid carried by iHRIS)" : "shared identifier",
        signals = Array.Empty<object>(),
    });
}
