using Passerelle.Core.Facilities;
using Passerelle.Core.Storage;
using Passerelle.Core.Workforce;

namespace Passerelle.Web.Review;

public enum ReviewVerdict
{
    Accept,
    Reject,

    /// <summary>Reject the proposal and link the source facility to another registry facility.</summary>
    LinkOther,
}

/// <summary>
/// People's decisions on facility matches and job→cadre mappings, written as manual links (which no
/// automatic run overwrites) and audited with who, what and when.
/// </summary>
public sealed class ReviewDecisions(IWarehouse warehouse, TimeProvider time)
{
    /// <returns>False when the link or the other registry facility does not exist (nothing written).</returns>
    public async Task<bool> DecideFacilityLinkAsync(
        string actor, SourceSystem source, string sourceId, string goldenId, ReviewVerdict verdict, string? otherGoldenId, CancellationToken cancellationToken)
    {
        var link = (await warehouse.Crosswalk.ReadFacilityLinksAsync(source, cancellationToken))
            .FirstOrDefault(l => l.SourceId == sourceId && l.GoldenId == goldenId);
        if (link is null)
        {
            return false;
        }

        var now = time.GetUtcNow();
        var written = new List<FacilityLink>
        {
            link with { Status = verdict == ReviewVerdict.Accept ? DecisionStatus.ManualAccepted : DecisionStatus.ManualRejected, DecidedBy = actor, DecidedAt = now },
        };
        if (verdict == ReviewVerdict.LinkOther)
        {
            var other = (otherGoldenId ?? string.Empty).Trim();
            var registry = await warehouse.Staging.ReadRegistryFacilitiesAsync(cancellationToken);
            if (other.Length == 0 || other == goldenId || registry.All(r => r.Code != other))
            {
                return false;
            }

            written.Add(new FacilityLink(other, source, sourceId, 1.0, DecisionStatus.ManualAccepted,
                """{"fr":"Lien choisi par une personne","en":"Link chosen by a person","signals":[]}""", actor, now));
        }

        await warehouse.Crosswalk.UpsertFacilityLinksAsync(written, cancellationToken);
        foreach (var w in written)
        {
            await warehouse.Audit.AppendAsync(
                new AuditEvent(now, actor, "decision", "facility-link", $"{w.Source}:{w.SourceId}", $"golden={w.GoldenId};status={w.Status.Code()}"),
                cancellationToken);
        }

        return true;
    }

    /// <returns>False when the mapping or the chosen cadre does not exist (nothing written).</returns>
    public async Task<bool> DecideCadreMappingAsync(
        string actor, SourceSystem source, string jobKey, ReviewVerdict verdict, string? otherCadre, CancellationToken cancellationToken)
    {
        var mapping = (await warehouse.Crosswalk.ReadCadreMappingsAsync(source, cancellationToken)).FirstOrDefault(m => m.JobKey == jobKey);
        if (mapping is null)
        {
            return false;
        }

        var now = time.GetUtcNow();
        var decided = verdict switch
        {
            ReviewVerdict.Accept => mapping with { Status = DecisionStatus.ManualAccepted },
            ReviewVerdict.Reject => mapping with { Status = DecisionStatus.ManualRejected },
            _ when NationalCadres.ByCode(otherCadre ?? string.Empty) is { } cadre => mapping with { CadreCode = cadre.Code, Status = DecisionStatus.ManualAccepted },
            _ => null,
        };
        if (decided is null)
        {
            return false;
        }

        decided = decided with { DecidedBy = actor, DecidedAt = now };
        await warehouse.Crosswalk.UpsertCadreMappingsAsync([decided], cancellationToken);
        await warehouse.Audit.AppendAsync(
            new AuditEvent(now, actor, "decision", "cadre-mapping", $"{source}:{jobKey}", $"cadre={decided.CadreCode};status={decided.Status.Code()}"),
            cancellationToken);
        return true;
    }
}
