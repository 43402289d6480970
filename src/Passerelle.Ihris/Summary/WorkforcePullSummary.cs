using Passerelle.Ihris.Findings;

namespace Passerelle.Ihris.Summary;

/// <summary>What one pull from a workforce source found: counts in post on the reference date, by cadre and job, and the findings.</summary>
/// <param name="Source">The source's description.</param>
/// <param name="Roles">Every role returned, current and past.</param>
/// <param name="RolesInPost">Roles in post on <paramref name="ReferenceDate"/> (ihris.md §2.10).</param>
/// <param name="WorkersInPost">Distinct workers in post: a worker in two roles counts once.</param>
public sealed record WorkforcePullSummary(
    string Source,
    DateOnly ReferenceDate,
    int Facilities,
    int Jobs,
    int Roles,
    int RolesInPost,
    int WorkersInPost,
    IReadOnlyList<CadreCount> ByCadre,
    IReadOnlyList<JobCount> ByJob,
    IReadOnlyList<SourceFinding> Findings)
{
    /// <summary>The cadre key of roles whose job states no cadre.</summary>
    public const string Unmapped = "unmapped";

    public IReadOnlyDictionary<SourceFindingKind, int> FindingCounts =>
        Findings.GroupBy(f => f.Kind).ToDictionary(g => g.Key, g => g.Count());
}

/// <summary>In-post counts of one cadre (<see cref="WorkforcePullSummary.Unmapped"/> when the job states none).</summary>
public sealed record CadreCount(string CadreCode, string? Display, int Workers, int Roles);

/// <summary>In-post counts of one job.</summary>
public sealed record JobCount(string JobCode, string? Title, string? CadreCode, int Workers, int Roles);
