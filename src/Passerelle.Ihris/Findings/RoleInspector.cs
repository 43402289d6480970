using Passerelle.Core.Workforce;

namespace Passerelle.Ihris.Findings;

/// <summary>
/// The checks every reader runs on the roles it returns: missing job or facility, unknown job code,
/// ended roles still flagged active, and workers in post in several roles at once.
/// </summary>
/// <param name="sourceHasJobs">False for sources that state no job at all (a cadre-only report), where a missing job is no flaw.</param>
internal sealed class RoleInspector(SourceFindings findings, IReadOnlySet<string> knownJobCodes, DateOnly today, bool sourceHasJobs = true)
{
    private readonly Dictionary<string, int> _rolesInPostByWorker = new(StringComparer.Ordinal);

    public void Inspect(WorkerRole role)
    {
        if (role.FacilitySourceId is null)
        {
            findings.Add(
                SourceFindingKind.WorkerWithoutFacility,
                role.RoleId,
                $"Rôle {role.RoleId} sans structure de santé",
                $"role {role.RoleId} has no health facility");
        }

        if (role.JobCode is null && sourceHasJobs)
        {
            findings.Add(
                SourceFindingKind.PositionWithoutJob,
                role.RoleId,
                $"Rôle {role.RoleId} sans emploi (code emploi absent)",
                $"role {role.RoleId} has no job code");
        }
        else if (role.JobCode is not null && knownJobCodes.Count > 0 && !knownJobCodes.Contains(role.JobCode))
        {
            findings.Add(
                SourceFindingKind.UnknownJobCode,
                role.JobCode,
                $"Code emploi inconnu du catalogue : {role.JobCode}",
                $"job code not in the catalogue: {role.JobCode}");
        }

        if (role.Active && role.End is { } end && end < today)
        {
            findings.Add(
                SourceFindingKind.RoleEndedButActive,
                role.RoleId,
                $"Rôle {role.RoleId} terminé le {end:yyyy-MM-dd} mais encore actif",
                $"role {role.RoleId} ended on {end:yyyy-MM-dd} but is still flagged active");
        }

        if (role.IsInPostOn(today))
        {
            _rolesInPostByWorker[role.WorkerPseudonym] = _rolesInPostByWorker.GetValueOrDefault(role.WorkerPseudonym) + 1;
        }
    }

    /// <summary>Records the workers seen in post in several roles; call once every role was inspected.</summary>
    public void Complete()
    {
        foreach (var (worker, count) in _rolesInPostByWorker.Where(pair => pair.Value > 1))
        {
            findings.Add(
                SourceFindingKind.WorkerWithSeveralRolesInPost,
                worker,
                $"Agent {worker} en poste sur {count} rôles à la fois",
                $"worker {worker} holds {count} roles in post at once");
        }
    }
}
