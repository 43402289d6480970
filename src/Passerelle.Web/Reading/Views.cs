using Passerelle.Core.Facilities;
using Passerelle.Core.Storage;

namespace Passerelle.Web.Reading;

/// <summary>Key figures for the overview page and <c>/api/summary</c>.</summary>
/// <param name="WorkersInPost">Distinct workers in post (a worker in two posts counts once); null before an analysis or once the roles are purged.</param>
public sealed record OverviewFigures(
    string? Period,
    int Facilities,
    int? WorkersInPost,
    int FacilitiesWithNorm,
    int FacilitiesMeetingNorm,
    int MatchesToReview,
    int CadreMappingsToReview,
    RunSummary? LastRun,
    IReadOnlyList<AreaShare> Regions)
{
    public double? ShareMeetingNorm => FacilitiesWithNorm == 0 ? null : (double)FacilitiesMeetingNorm / FacilitiesWithNorm;
}

/// <summary>Facilities of an area meeting their staffing norm.</summary>
public sealed record AreaShare(string Code, string Name, int Facilities, int WithNorm, int MeetingNorm, int Workers)
{
    public double? Share => WithNorm == 0 ? null : (double)MeetingNorm / WithNorm;
}

/// <summary>A facility as the map and lists show it.</summary>
/// <param name="MeetsNorm">True/false when the facility has a norm; null when none applies.</param>
public sealed record FacilitySummary(
    string Id,
    string Name,
    string Type,
    string? RegionCode,
    string? DistrictCode,
    double? Latitude,
    double? Longitude,
    bool? MeetsNorm,
    int Workers);

/// <summary>Staff of one cadre at a facility against its norm.</summary>
public sealed record CadreStaffing(string CadreCode, string CadreFrench, string CadreEnglish, int Headcount, int? Required, int? Gap);

/// <summary>A facility with its staff by cadre, its workload and WISN, and its links to the other systems.</summary>
public sealed record FacilityDetail(FacilitySummary Facility, FacilityType Type, IReadOnlyList<CadreStaffing> Cadres, IReadOnlyList<FacilityLink> Links, FacilityWorkload Workload);

/// <summary>One signal of a match explanation, with its name and level in French and English.</summary>
/// <param name="Signal">The signal as stored (e.g. <c>Distance</c>).</param>
/// <param name="Level">The level as stored (English, e.g. <c>within 1 km</c>); null when the signal is missing on a side.</param>
public sealed record SignalContribution(string Signal, string? Level, double Weight, string SignalFrench, string SignalEnglish, string LevelFrench, string LevelEnglish);

/// <summary>A proposed (or decided) facility match with both records side by side.</summary>
public sealed record MatchDetail(
    FacilityLink Link,
    RegistryFacility? Registry,
    SourceFacility? SourceRecord,
    IReadOnlyList<SignalContribution> Signals,
    string? ExplanationFrench,
    string? ExplanationEnglish,
    IReadOnlyList<FacilityLink> OtherCandidates,
    double? DistanceMetres);

/// <summary>A facility link in the review queue.</summary>
public sealed record MatchRow(FacilityLink Link, string? RegistryName, string? SourceName, string? RegionCode);

/// <summary>What the data quality page counts.</summary>
public sealed record QualityReport(
    string? Period,
    double? StaffAtUnknownFacility,
    double? DuplicateWorkers,
    int FacilitiesWithoutLocation,
    IReadOnlyList<LinkStatusCount> Links,
    IReadOnlyList<SourceCoverage> Sources,
    IReadOnlyList<QuarantineGroup> Quarantine,
    IReadOnlyList<QualityCheck> Checks);

/// <summary>One data-quality check of the analysis plan and what it counted for the country (null for a region-limited user).</summary>
public sealed record QualityCheck(string Code, string French, string English, double? Value);

public sealed record LinkStatusCount(SourceSystem Source, DecisionStatus Status, int Count);

/// <summary>Facilities a source staged, and how many are linked to the registry.</summary>
public sealed record SourceCoverage(SourceSystem Source, int Staged, int Linked);

public sealed record QuarantineGroup(string File, string Reason, int Rows);
