using System.Text.Json;
using Passerelle.Core.Storage;
using Passerelle.Core.Workforce;

namespace Passerelle.Sync.Review;

/// <summary>
/// Records people's decisions: as manual statuses in the crosswalk (never overwritten by a later automatic run)
/// and in the audit log, under the reviewer's name.
/// </summary>
public sealed class ReviewDecisions(IWarehouse warehouse, TimeProvider time)
{
    public async Task<bool> ApplyAsync(FacilityDecision decision, string reviewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (decision.Verdict == ReviewVerdict.Skip)
        {
            return false;
        }

        var now = time.GetUtcNow();
        var links = await warehouse.Crosswalk.ReadFacilityLinksAsync(decision.Source, cancellationToken);
        var proposed = links.FirstOrDefault(l => l.SourceId == decision.SourceId && l.GoldenId == decision.ProposedGoldenId);
        var explanation = proposed?.ExplanationJson ?? Note("décision d'une personne", "a person's decision");
        var score = proposed?.Score ?? 0;
        var written = new List<FacilityLink>();
        switch (decision.Verdict)
        {
            case ReviewVerdict.Accept:
                written.Add(new FacilityLink(decision.ProposedGoldenId, decision.Source, decision.SourceId, score, DecisionStatus.ManualAccepted, explanation, reviewer, now));
                break;
            case ReviewVerdict.Reject:
                written.Add(new FacilityLink(decision.ProposedGoldenId, decision.Source, decision.SourceId, score, DecisionStatus.ManualRejected, explanation, reviewer, now));
                break;
            case ReviewVerdict.LinkOther:
                var target = decision.OtherTarget ?? throw new ArgumentException("lier : cible requise / link: target required", nameof(decision));
                written.Add(new FacilityLink(decision.ProposedGoldenId, decision.Source, decision.SourceId, score, DecisionStatus.ManualRejected, explanation, reviewer, now));
                written.Add(new FacilityLink(target, decision.Source, decision.SourceId, 1, DecisionStatus.ManualAccepted, Note("liée par une personne", "linked by a person"), reviewer, now));
                break;
        }

        await warehouse.Crosswalk.UpsertFacilityLinksAsync(written, cancellationToken);
        foreach (var link in written)
        {
            await warehouse.Audit.AppendAsync(new AuditEvent(now, reviewer, "decision", "facility-link", $"{link.Source}:{link.SourceId}",
                $"golden={link.GoldenId};status={link.Status.Code()}"), cancellationToken);
        }

        return true;
    }

    public async Task<bool> ApplyAsync(CadreDecision decision, string reviewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (decision.Verdict == ReviewVerdict.Skip)
        {
            return false;
        }

        var now = time.GetUtcNow();
        var mappings = await warehouse.Crosswalk.ReadCadreMappingsAsync(decision.Source, cancellationToken);
        var proposed = mappings.FirstOrDefault(m => m.JobKey == decision.JobKey)
            ?? throw new ArgumentException($"emploi inconnu / unknown job: {decision.JobKey}", nameof(decision));
        var mapping = decision.Verdict switch
        {
            ReviewVerdict.Accept => proposed with { Status = DecisionStatus.ManualAccepted, DecidedBy = reviewer, DecidedAt = now },
            ReviewVerdict.Reject => proposed with { Status = DecisionStatus.ManualRejected, DecidedBy = reviewer, DecidedAt = now },
            _ => proposed with
            {
                CadreCode = NationalCadres.ByCode(decision.OtherCadre ?? "")?.Code ?? throw new ArgumentException($"cadre inconnu / unknown cadre: {decision.OtherCadre}", nameof(decision)),
                Score = 1,
                Status = DecisionStatus.ManualAccepted,
                DecidedBy = reviewer,
                DecidedAt = now,
            },
        };
        await warehouse.Crosswalk.UpsertCadreMappingsAsync([mapping], cancellationToken);
        await warehouse.Audit.AppendAsync(new AuditEvent(now, reviewer, "decision", "cadre-mapping", $"{mapping.Source}:{mapping.JobKey}",
            $"cadre={mapping.CadreCode};status={mapping.Status.Code()}"), cancellationToken);
        return true;
    }

    private static string Note(string french, string english) => JsonSerializer.Serialize(new { fr = french, en = english, signals = Array.Empty<object>() });
}
