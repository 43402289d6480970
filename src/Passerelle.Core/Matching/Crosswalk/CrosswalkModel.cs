using Passerelle.Core.Facilities;

namespace Passerelle.Core.Matching.Crosswalk;

/// <summary>Why a source record is linked to a golden facility.</summary>
public enum CrosswalkLinkBasis
{
    /// <summary>The matching engine accepted the pair (probability above the threshold).</summary>
    Matched,

    /// <summary>A person linked the pair.</summary>
    DecidedByPerson,

    /// <summary>Inferred through a third list: the iHRIS facility carries the DHIS2 uid of a unit linked to the registry, or the reverse.</summary>
    Transitive,

    /// <summary>An iHRIS facility and a DHIS2 unit outside the registry, tied by the DHIS2 uid iHRIS carries.</summary>
    DirectIdentifier,
}

/// <summary>A source record's link to a golden facility.</summary>
public sealed record CrosswalkLink(string SourceId, double Score, CrosswalkLinkBasis Basis, MatchFlags Flags);

/// <summary>One golden facility and the record each source holds for it.</summary>
/// <param name="RegistryId">The Carte sanitaire record, or null for a facility the registry lacks.</param>
public sealed record CrosswalkEntry(string GoldenId, string? RegistryId, CrosswalkLink? Dhis2, CrosswalkLink? Ihris);

/// <summary>A person's decision on a source record against the registry. Always kept.</summary>
public sealed record FacilityLinkDecision(SourceSystem Source, string SourceId, string RegistryId, MatchVerdict Verdict);

/// <summary>What the crosswalk asks people to look at.</summary>
public enum CrosswalkFindingKind
{
    /// <summary>A candidate between the thresholds: a person should decide.</summary>
    NeedsReview,

    /// <summary>The DHIS2 uid an iHRIS facility carries points to a unit linked to another registry entry.</summary>
    Contradiction,

    /// <summary>A source record with several close registry candidates, or a registry entry wanted by several records.</summary>
    Ambiguous,

    /// <summary>Linked across adjacent pyramid levels (a poste upgraded to centre?).</summary>
    Upgrade,

    /// <summary>A registry entry no DHIS2 unit or iHRIS facility stands for (closed? not yet reporting?).</summary>
    RegistryOnly,

    /// <summary>A DHIS2 unit or iHRIS facility the registry lacks (new, private, or misnamed).</summary>
    NotInRegistry,

    /// <summary>A link inferred through the third list.</summary>
    Inferred,
}

/// <summary>A crosswalk finding, in French and English.</summary>
public sealed record CrosswalkFinding(
    CrosswalkFindingKind Kind,
    string? GoldenId,
    SourceSystem? Source,
    string? SourceId,
    string? RegistryId,
    double? Score,
    string French,
    string English);

/// <summary>The three-way crosswalk and the two pairwise runs it came from (for review screens).</summary>
public sealed record FacilityCrosswalk(
    IReadOnlyList<CrosswalkEntry> Entries,
    IReadOnlyList<CrosswalkFinding> Findings,
    FacilityMatchResult Dhis2ToRegistry,
    FacilityMatchResult IhrisToRegistry);
