using System.Text.Json;
using Passerelle.Core.CadreMapping;
using Passerelle.Core.Facilities;
using Passerelle.Core.Matching;
using Passerelle.Core.Storage;
using Passerelle.Core.Workforce;
using Passerelle.Ihris;

namespace Passerelle.Sync.Pipeline;

/// <summary>
/// Pull from iHRIS: facilities, the job catalogue (its stated cadres become source mappings) and the
/// worker roles, pseudonymised by the reader before they reach this stage.
/// </summary>
/// <param name="full">True to read every role even when the source can list changes since the last successful run.</param>
public sealed class IhrisPullStage(IWorkforceSource source, IWarehouse warehouse, ScopeFilter scope, TimeProvider time, Guid runId, bool full = false)
{
    public const string Name = "pull.ihris";

    /// <summary>What the findings and the watermark of this source are filed under.</summary>
    public const string SourceName = "ihris";

    /// <summary>How the last pull went: incremental (changes since a watermark) or full, and the findings kept.</summary>
    public WorkforcePullMode Mode { get; private set; } = WorkforcePullMode.Full;

    public int FindingsRecorded { get; private set; }

    /// <summary>Who a mapping stated by the source is attributed to.</summary>
    public const string SourceDecider = "source:ihris";

    /// <summary>Who mappings proposed from job titles are attributed to.</summary>
    public const string MapperName = "passerelle-cadre-mapper";

    /// <summary>
    /// Jobs whose source states no cadre get one proposed from their title: sure proposals are accepted,
    /// the others wait for review; a person's decision already in the warehouse is never overwritten.
    /// </summary>
    private static IEnumerable<CadreMapping> ProposeCadres(IEnumerable<JobDefinition> jobs, DateTimeOffset now)
    {
        var mapper = new CadreMapper();
        foreach (var job in jobs.Where(j => !string.IsNullOrWhiteSpace(j.Display)))
        {
            var proposal = mapper.Propose(job.Display!);
            if (proposal.Cadre is null || proposal.Status == MatchStatus.Unmatched)
            {
                continue;
            }

            var explanation = JsonSerializer.Serialize(new { score = proposal.Score, fr = proposal.French, en = proposal.English });
            yield return new CadreMapping(SourceSystem.Ihris, job.Code, job.Display, proposal.Cadre.Code, proposal.Score,
                proposal.Status == MatchStatus.Matched ? DecisionStatus.AutoAccepted : DecisionStatus.Review, explanation, MapperName, now);
        }
    }

    public async Task<StageOutcome> RunAsync(CancellationToken cancellationToken)
    {
        var facilities = new List<SourceFacility>();
        var read = 0L;
        await foreach (var facility in source.ReadFacilitiesAsync(cancellationToken))
        {
            read++;
            if (scope.Includes(facility))
            {
                facilities.Add(facility);
            }
        }

        await warehouse.Staging.ReplaceSourceFacilitiesAsync(SourceSystem.Ihris, facilities, cancellationToken);
        var inScope = facilities.Select(f => f.SourceId).ToHashSet(StringComparer.Ordinal);

        var jobs = await source.ReadJobsAsync(cancellationToken);
        var now = time.GetUtcNow();
        var stated = jobs
            .Where(j => j.CadreCode is not null && NationalCadres.ByCode(j.CadreCode) is not null)
            .Select(j => new CadreMapping(SourceSystem.Ihris, j.Code, j.Display, NationalCadres.ByCode(j.CadreCode!)!.Code, 1.0,
                DecisionStatus.AutoAccepted, """{"signal":"cadre stated by the source"}""", SourceDecider, now))
            .ToList();
        var proposed = ProposeCadres(jobs.Where(j => j.CadreCode is null || NationalCadres.ByCode(j.CadreCode) is null), now);
        await warehouse.Crosswalk.UpsertCadreMappingsAsync(stated.Concat(proposed), cancellationToken);

        var (read2, written, outOfScope) = await PullRolesAsync(inScope, cancellationToken);
        FindingsRecorded = await RecordFindingsAsync(cancellationToken);
        var how = Mode == WorkforcePullMode.Incremental ? ("incrémentale", "incremental") : ("complète", "full");
        return new StageOutcome(
            read + read2,
            facilities.Count + written,
            0,
            $"{source.Description} : lecture {how.Item1}, {facilities.Count} structures, {written} postes dans le périmètre ({outOfScope} hors périmètre), {jobs.Count} emplois, {FindingsRecorded} constats",
            $"{how.Item2} read, {facilities.Count} facilities, {written} roles in scope ({outOfScope} out of scope), {jobs.Count} jobs, {FindingsRecorded} findings");
    }

    /// <summary>Roles: the changes since the last successful run when the source can list them, else all of them.</summary>
    private async Task<(long Read, long Written, long OutOfScope)> PullRolesAsync(HashSet<string> inScope, CancellationToken cancellationToken)
    {
        var watermarkKey = $"{SourceName} {source.Description}";
        if (source is IIncrementalWorkforceSource incremental)
        {
            var since = full ? null : await warehouse.Runs.GetLastSuccessfulWatermarkAsync(watermarkKey, cancellationToken);
            if (since is { } watermark)
            {
                Mode = WorkforcePullMode.Incremental;
                var result = await ApplyChangesAsync(incremental, watermark, inScope, cancellationToken);
                await warehouse.Runs.RecordWatermarkAsync(runId, watermarkKey, result.Next, cancellationToken);
                return (result.Read, result.Written, result.OutOfScope);
            }

            var startedAt = time.GetUtcNow();
            var pulled = await ReplaceAllRolesAsync(inScope, cancellationToken);
            await warehouse.Runs.RecordWatermarkAsync(runId, watermarkKey, startedAt, cancellationToken);
            return pulled;
        }

        return await ReplaceAllRolesAsync(inScope, cancellationToken);
    }

    private async Task<(long Read, long Written, long OutOfScope)> ReplaceAllRolesAsync(HashSet<string> inScope, CancellationToken cancellationToken)
    {
        var roles = 0L;
        var outOfScope = 0L;
        async IAsyncEnumerable<WorkerRole> InScope([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
        {
            await foreach (var role in source.ReadRolesAsync(ct))
            {
                roles++;
                if (Keeps(role, inScope))
                {
                    yield return role;
                }
                else
                {
                    outOfScope++;
                }
            }
        }

        var written = await warehouse.Staging.ReplaceWorkerRolesAsync(SourceSystem.Ihris, InScope(cancellationToken), cancellationToken);
        return (roles, written, outOfScope);
    }

    /// <summary>
    /// Applies what changed since <paramref name="since"/> to the staged roles: changed roles replace their
    /// previous version (or leave when they moved out of scope), deleted roles go. The staged set then equals
    /// what a full read would give.
    /// </summary>
    private async Task<(long Read, long Written, long OutOfScope, DateTimeOffset Next)> ApplyChangesAsync(
        IIncrementalWorkforceSource incremental, DateTimeOffset since, HashSet<string> inScope, CancellationToken cancellationToken)
    {
        var changes = await incremental.ReadChangesAsync(since, cancellationToken);
        var staged = new Dictionary<string, WorkerRole>(StringComparer.Ordinal);
        await foreach (var role in warehouse.Staging.ReadWorkerRolesAsync(SourceSystem.Ihris, cancellationToken))
        {
            // The scope may have changed since: what is outside it now leaves, as a full read would leave it.
            if (Keeps(role, inScope))
            {
                staged[role.RoleId] = role;
            }
        }

        var outOfScope = 0L;
        foreach (var role in changes.Changed)
        {
            if (Keeps(role, inScope))
            {
                staged[role.RoleId] = role;
            }
            else
            {
                staged.Remove(role.RoleId);
                outOfScope++;
            }
        }

        foreach (var deleted in changes.DeletedRoleIds)
        {
            staged.Remove(deleted);
        }

        var written = await warehouse.Staging.ReplaceWorkerRolesAsync(SourceSystem.Ihris, staged.Values.ToAsyncEnumerable(), cancellationToken);
        return (changes.Changed.Count + changes.DeletedRoleIds.Count, written, outOfScope, changes.NextWatermark);
    }

    /// <summary>A role with no facility stays (a finding); a role at a facility outside the scope does not move.</summary>
    private static bool Keeps(WorkerRole role, HashSet<string> inScope) =>
        role.FacilitySourceId is null || inScope.Contains(role.FacilitySourceId);

    private async Task<int> RecordFindingsAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var findings = source.Findings.All
            .Select(f => new SourceFindingRow(runId, SourceName, f.Subject, f.Kind.ToString(), f.French, f.English, now))
            .ToList();
        if (findings.Count > 0)
        {
            await warehouse.Staging.AddSourceFindingsAsync(findings, cancellationToken);
        }

        return findings.Count;
    }
}
