using System.Globalization;
using Passerelle.Core.Facilities;

namespace Passerelle.Core.Matching.Crosswalk;

/// <summary>
/// Builds the three-way facility crosswalk. The Carte sanitaire (registry) is golden: DHIS2 org
/// units and iHRIS facilities are each matched to it, then tied together through the registry
/// entry they share. The DHIS2 uid an iHRIS facility carries is checked against that
/// (DHIS2 ≡ registry and iHRIS ≡ registry ⇒ DHIS2 ≡ iHRIS); a disagreement is a contradiction, a
/// missing side is filled by transitivity. Human decisions are inputs and always win.
/// </summary>
public sealed class FacilityCrosswalkBuilder(FacilityMatchOptions? options = null)
{
    private readonly FacilityMatcher _matcher = new(options);

    public FacilityCrosswalk Build(
        IReadOnlyList<SourceFacility> registry,
        IReadOnlyList<SourceFacility> dhis2,
        IReadOnlyList<SourceFacility> ihris,
        IReadOnlyCollection<FacilityLinkDecision>? decisions = null)
    {
        decisions ??= [];
        var registryRecords = registry.Select(r => WithOwnId(r, FacilityCodeKinds.Registry)).ToList();
        var dhis2Run = _matcher.Match(dhis2.Select(d => WithOwnId(d, FacilityCodeKinds.Dhis2Uid)).ToList(), registryRecords, DecisionsFor(SourceSystem.Dhis2, decisions));
        var ihrisRun = _matcher.Match(ihris, registryRecords, DecisionsFor(SourceSystem.Ihris, decisions));
        var state = new CrosswalkState(registry);
        var findings = new List<CrosswalkFinding>();
        Link(state.Dhis2ByRegistry, dhis2Run, SourceSystem.Dhis2, findings);
        Link(state.IhrisByRegistry, ihrisRun, SourceSystem.Ihris, findings);
        ReconcileDirectIdentifiers(state, ihris, dhis2Run, ihrisRun, findings);
        var entries = Entries(registry, state, dhis2Run, ihrisRun, ihris, findings);
        return new FacilityCrosswalk(entries, findings, dhis2Run, ihrisRun);
    }

    private sealed class CrosswalkState(IReadOnlyList<SourceFacility> registry)
    {
        public Dictionary<string, CrosswalkLink> Dhis2ByRegistry { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, CrosswalkLink> IhrisByRegistry { get; } = new(StringComparer.Ordinal);

        public HashSet<string> RegistryIds { get; } = registry.Select(r => r.SourceId).ToHashSet(StringComparer.Ordinal);

        /// <summary>DHIS2 uid → iHRIS id, for units outside the registry tied by the uid iHRIS carries.</summary>
        public Dictionary<string, string> DirectPairs { get; } = new(StringComparer.Ordinal);

        public HashSet<string> LinkedDhis2 { get; } = new(StringComparer.Ordinal);

        public HashSet<string> LinkedIhris { get; } = new(StringComparer.Ordinal);
    }

    private static SourceFacility WithOwnId(SourceFacility facility, string kind)
    {
        if (facility.Codes.ContainsKey(kind))
        {
            return facility;
        }

        var codes = new Dictionary<string, string>(facility.Codes, StringComparer.Ordinal) { [kind] = facility.SourceId };
        return facility with { Codes = codes };
    }

    private static List<MatchDecision> DecisionsFor(SourceSystem source, IReadOnlyCollection<FacilityLinkDecision> decisions) =>
        decisions.Where(d => d.Source == source).Select(d => new MatchDecision(d.SourceId, d.RegistryId, d.Verdict)).ToList();

    private static void Link(Dictionary<string, CrosswalkLink> byRegistry, FacilityMatchResult run, SourceSystem source, List<CrosswalkFinding> findings)
    {
        foreach (var match in run.Matches)
        {
            if (match.Status == MatchStatus.Matched && match.RightId is not null)
            {
                var basis = match.Flags.HasFlag(MatchFlags.DecidedByPerson) ? CrosswalkLinkBasis.DecidedByPerson : CrosswalkLinkBasis.Matched;
                byRegistry[match.RightId] = new CrosswalkLink(match.LeftId, match.Score, basis, match.Flags);
                if (match.Flags.HasFlag(MatchFlags.TypeUpgrade))
                {
                    findings.Add(Finding(CrosswalkFindingKind.Upgrade, match.RightId, source, match, "types voisins sur la pyramide (poste devenu centre ?)", "types on adjacent pyramid levels (post upgraded to centre?)"));
                }
            }
            else if (match.Status == MatchStatus.Review)
            {
                var kind = (match.Flags & (MatchFlags.OneToMany | MatchFlags.ManyToOne)) != 0 ? CrosswalkFindingKind.Ambiguous : CrosswalkFindingKind.NeedsReview;
                findings.Add(Finding(kind, match.RightId, source, match, "à vérifier : " + match.ExplanationFrench, "to check: " + match.ExplanationEnglish));
            }
        }
    }

    private static void ReconcileDirectIdentifiers(CrosswalkState state, IReadOnlyList<SourceFacility> ihris, FacilityMatchResult dhis2Run, FacilityMatchResult ihrisRun, List<CrosswalkFinding> findings)
    {
        var dhis2Ids = dhis2Run.Matches.Select(m => m.LeftId).ToHashSet(StringComparer.Ordinal);
        var registryOfDhis2 = state.Dhis2ByRegistry.ToDictionary(p => p.Value.SourceId, p => p.Key, StringComparer.Ordinal);
        var registryOfIhris = state.IhrisByRegistry.ToDictionary(p => p.Value.SourceId, p => p.Key, StringComparer.Ordinal);
        var ihrisStatus = ihrisRun.Matches.ToDictionary(m => m.LeftId, m => m.Status, StringComparer.Ordinal);
        var dhis2Status = dhis2Run.Matches.ToDictionary(m => m.LeftId, m => m.Status, StringComparer.Ordinal);
        foreach (var facility in ihris)
        {
            if (facility.Code(FacilityCodeKinds.Dhis2Uid) is not { Length: > 0 } uid || !dhis2Ids.Contains(uid))
            {
                continue;
            }

            registryOfIhris.TryGetValue(facility.SourceId, out var viaIhris);
            registryOfDhis2.TryGetValue(uid, out var viaDhis2);
            if (viaIhris is not null && viaDhis2 is not null)
            {
                if (!string.Equals(viaIhris, viaDhis2, StringComparison.Ordinal))
                {
                    findings.Add(new CrosswalkFinding(
                        CrosswalkFindingKind.Contradiction, GoldenFacilityId.ForRegistry(viaIhris), SourceSystem.Ihris, facility.SourceId, viaIhris, null,
                        $"contradiction : l'iHRIS {facility.SourceId} est lié au registre {viaIhris} mais porte l'uid DHIS2 {uid}, lié au registre {viaDhis2}",
                        $"contradiction: iHRIS {facility.SourceId} is linked to registry {viaIhris} but carries DHIS2 uid {uid}, linked to registry {viaDhis2}"));
                }
            }
            else if (viaIhris is not null && dhis2Status.GetValueOrDefault(uid) != MatchStatus.Review && !state.Dhis2ByRegistry.ContainsKey(viaIhris))
            {
                state.Dhis2ByRegistry[viaIhris] = new CrosswalkLink(uid, state.IhrisByRegistry[viaIhris].Score, CrosswalkLinkBasis.Transitive, MatchFlags.None);
                findings.Add(Inferred(viaIhris, SourceSystem.Dhis2, uid, $"DHIS2 {uid} rattaché au registre {viaIhris} par l'iHRIS {facility.SourceId}", $"DHIS2 {uid} tied to registry {viaIhris} through iHRIS {facility.SourceId}"));
            }
            else if (viaDhis2 is not null && ihrisStatus.GetValueOrDefault(facility.SourceId) != MatchStatus.Review && !state.IhrisByRegistry.ContainsKey(viaDhis2))
            {
                state.IhrisByRegistry[viaDhis2] = new CrosswalkLink(facility.SourceId, state.Dhis2ByRegistry[viaDhis2].Score, CrosswalkLinkBasis.Transitive, MatchFlags.None);
                findings.Add(Inferred(viaDhis2, SourceSystem.Ihris, facility.SourceId, $"iHRIS {facility.SourceId} rattaché au registre {viaDhis2} par son uid DHIS2 {uid}", $"iHRIS {facility.SourceId} tied to registry {viaDhis2} through its DHIS2 uid {uid}"));
            }
            else if (viaIhris is null && viaDhis2 is null)
            {
                state.DirectPairs.TryAdd(uid, facility.SourceId);
            }
        }
    }

    private static List<CrosswalkEntry> Entries(
        IReadOnlyList<SourceFacility> registry,
        CrosswalkState state,
        FacilityMatchResult dhis2Run,
        FacilityMatchResult ihrisRun,
        IReadOnlyList<SourceFacility> ihris,
        List<CrosswalkFinding> findings)
    {
        var entries = new List<CrosswalkEntry>();
        foreach (var record in registry)
        {
            var golden = GoldenFacilityId.ForRegistry(record.SourceId);
            state.Dhis2ByRegistry.TryGetValue(record.SourceId, out var dhis2Link);
            state.IhrisByRegistry.TryGetValue(record.SourceId, out var ihrisLink);
            entries.Add(new CrosswalkEntry(golden, record.SourceId, dhis2Link, ihrisLink));
            if (dhis2Link is not null)
            {
                state.LinkedDhis2.Add(dhis2Link.SourceId);
            }

            if (ihrisLink is not null)
            {
                state.LinkedIhris.Add(ihrisLink.SourceId);
            }

            if (dhis2Link is null && ihrisLink is null)
            {
                findings.Add(new CrosswalkFinding(CrosswalkFindingKind.RegistryOnly, golden, SourceSystem.HealthMap, record.SourceId, record.SourceId, null,
                    $"« {record.Name} » n'a ni unité DHIS2 ni structure iHRIS (fermée ? pas encore ouverte ?)",
                    $"\"{record.Name}\" has no DHIS2 unit and no iHRIS facility (closed? not yet open?)"));
            }
        }

        var ihrisById = ihris.ToDictionary(i => i.SourceId, StringComparer.Ordinal);
        foreach (var match in dhis2Run.Matches.Where(m => m.Status == MatchStatus.Unmatched && !state.LinkedDhis2.Contains(m.LeftId)))
        {
            var golden = GoldenFacilityId.ForUnregistered(SourceSystem.Dhis2, match.LeftId);
            CrosswalkLink? ihrisLink = null;
            if (state.DirectPairs.TryGetValue(match.LeftId, out var ihrisId) && !state.LinkedIhris.Contains(ihrisId)
                && ihrisRun.Matches.Any(m => m.LeftId == ihrisId && m.Status == MatchStatus.Unmatched))
            {
                ihrisLink = new CrosswalkLink(ihrisId, 1, CrosswalkLinkBasis.DirectIdentifier, MatchFlags.None);
                state.LinkedIhris.Add(ihrisId);
            }

            entries.Add(new CrosswalkEntry(golden, null, new CrosswalkLink(match.LeftId, match.Score, CrosswalkLinkBasis.Matched, MatchFlags.None), ihrisLink));
            findings.Add(NotInRegistry(golden, SourceSystem.Dhis2, match.LeftId));
        }

        foreach (var match in ihrisRun.Matches.Where(m => m.Status == MatchStatus.Unmatched && !state.LinkedIhris.Contains(m.LeftId)))
        {
            var golden = GoldenFacilityId.ForUnregistered(SourceSystem.Ihris, match.LeftId);
            entries.Add(new CrosswalkEntry(golden, null, null, new CrosswalkLink(match.LeftId, match.Score, CrosswalkLinkBasis.Matched, MatchFlags.None)));
            findings.Add(NotInRegistry(golden, SourceSystem.Ihris, ihrisById.TryGetValue(match.LeftId, out var f) ? f.SourceId : match.LeftId));
        }

        return entries;
    }

    private static CrosswalkFinding Finding(CrosswalkFindingKind kind, string? registryId, SourceSystem source, FacilityMatch match, string french, string english) =>
        new(kind, registryId is null ? null : GoldenFacilityId.ForRegistry(registryId), source, match.LeftId, registryId, match.Score,
            $"{source} {match.LeftId} → registre {registryId ?? "—"} ({match.Score.ToString("0.00", CultureInfo.InvariantCulture)}) : {french}",
            $"{source} {match.LeftId} → registry {registryId ?? "—"} ({match.Score.ToString("0.00", CultureInfo.InvariantCulture)}): {english}");

    private static CrosswalkFinding Inferred(string registryId, SourceSystem source, string sourceId, string french, string english) =>
        new(CrosswalkFindingKind.Inferred, GoldenFacilityId.ForRegistry(registryId), source, sourceId, registryId, null, french, english);

    private static CrosswalkFinding NotInRegistry(string golden, SourceSystem source, string sourceId) =>
        new(CrosswalkFindingKind.NotInRegistry, golden, source, sourceId, null, null,
            $"{source} {sourceId} est absent du registre (nouvelle structure ? privée ? nom différent ?)",
            $"{source} {sourceId} is not in the registry (new? private? named differently?)");
}
