using Passerelle.Core.Workforce;

namespace Passerelle.Ihris.Summary;

/// <summary>
/// Counts roles as they stream out of a source, so a pipeline that stores the roles can summarise
/// them in the same pass. Only roles in post on the reference date are counted by cadre and job.
/// </summary>
public sealed class WorkforceSummaryBuilder(DateOnly referenceDate, IReadOnlyList<JobDefinition> jobs)
{
    private const string NoJob = "none";

    private readonly Dictionary<string, JobDefinition> _jobs = jobs.GroupBy(j => j.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    private readonly Dictionary<string, Tally> _byCadre = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Tally> _byJob = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _titles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _cadreOfJob = new(StringComparer.Ordinal);
    private readonly HashSet<string> _workersInPost = new(StringComparer.Ordinal);
    private int _roles;
    private int _rolesInPost;

    public void Add(WorkerRole role)
    {
        _roles++;
        if (!role.IsInPostOn(referenceDate))
        {
            return;
        }

        _rolesInPost++;
        _workersInPost.Add(role.WorkerPseudonym);
        var cadre = role.CadreCode ?? WorkforcePullSummary.Unmapped;
        Count(_byCadre, cadre, role.WorkerPseudonym);
        var job = role.JobCode ?? NoJob;
        Count(_byJob, job, role.WorkerPseudonym);
        _titles.TryAdd(job, role.JobTitle ?? _jobs.GetValueOrDefault(job)?.Display);
        _cadreOfJob.TryAdd(job, role.CadreCode);
    }

    public WorkforcePullSummary Build(IWorkforceSource source, int facilities) => new(
        source.Description,
        referenceDate,
        facilities,
        _jobs.Count,
        _roles,
        _rolesInPost,
        _workersInPost.Count,
        [.. _byCadre.OrderByDescending(p => p.Value.Workers).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => new CadreCount(p.Key, CadreDisplay(p.Key), p.Value.Workers, p.Value.Roles))],
        [.. _byJob.OrderByDescending(p => p.Value.Workers).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => new JobCount(p.Key, _titles.GetValueOrDefault(p.Key), _cadreOfJob.GetValueOrDefault(p.Key), p.Value.Workers, p.Value.Roles))],
        source.Findings.All);

    private string? CadreDisplay(string cadre) =>
        _jobs.Values.FirstOrDefault(j => j.CadreCode == cadre && j.CadreDisplay is not null)?.CadreDisplay;

    private static void Count(Dictionary<string, Tally> tallies, string key, string worker)
    {
        if (!tallies.TryGetValue(key, out var tally))
        {
            tallies[key] = tally = new Tally();
        }

        tally.Roles++;
        tally.WorkerSet.Add(worker);
    }

    private sealed class Tally
    {
        public HashSet<string> WorkerSet { get; } = new(StringComparer.Ordinal);

        public int Roles { get; set; }

        public int Workers => WorkerSet.Count;
    }
}
