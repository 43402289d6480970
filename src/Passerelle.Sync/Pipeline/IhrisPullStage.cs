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
public sealed class IhrisPullStage(IWorkforceSource source, IWarehouse warehouse, ScopeFilter scope, TimeProvider time)
{
    public const string Name = "pull.ihris";

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

        var roles = 0L;
        var outOfScope = 0L;
        async IAsyncEnumerable<WorkerRole> InScope([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
        {
            await foreach (var role in source.ReadRolesAsync(ct))
            {
                roles++;
                // A role with no facility stays (a finding); a role at a facility outside the scope does not move.
                if (role.FacilitySourceId is null || inScope.Contains(role.FacilitySourceId))
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
        return new StageOutcome(
            read + roles,
            facilities.Count + written,
            0,
            $"{source.Description} : {facilities.Count} structures, {written} postes dans le périmètre ({outOfScope} hors périmètre), {jobs.Count} emplois, {source.Findings.All.Count} constats",
            $"{facilities.Count} facilities, {written} roles in scope ({outOfScope} out of scope), {jobs.Count} jobs, {source.Findings.All.Count} findings");
    }
}
