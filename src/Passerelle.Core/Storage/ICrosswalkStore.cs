using Passerelle.Core.Facilities;

namespace Passerelle.Core.Storage;

/// <summary>
/// Facility crosswalk and job→cadre mappings. A human decision is never overwritten by an automatic
/// one: upserts keep it and count the dropped proposal in <see cref="UpsertOutcome.KeptHumanDecisions"/>.
/// </summary>
public interface ICrosswalkStore
{
    /// <summary>
    /// Inserts or updates links keyed by (golden id, source, source id). An automatic link is dropped when
    /// a person decided the same pair, or accepted another golden id for the same source facility.
    /// A human link always wins. Written a few thousand at a time, each batch committed on its own, so a continent's
    /// links are never all held in memory: if the write stops half-way, the batches already written stay.
    /// </summary>
    Task<UpsertOutcome> UpsertFacilityLinksAsync(IEnumerable<FacilityLink> links, CancellationToken cancellationToken);

    /// <summary>Links of one source (or all when null), ordered by source, source id and golden id.</summary>
    Task<IReadOnlyList<FacilityLink>> ReadFacilityLinksAsync(SourceSystem? source, CancellationToken cancellationToken);

    /// <summary>The same links as <see cref="ReadFacilityLinksAsync"/>, in the same order, without explanations or authors.</summary>
    Task<IReadOnlyList<FacilityLinkTarget>> ReadFacilityLinkTargetsAsync(SourceSystem source, CancellationToken cancellationToken);

    /// <summary>Inserts or updates mappings keyed by (source, job key), with the same human-first rule.</summary>
    Task<UpsertOutcome> UpsertCadreMappingsAsync(IEnumerable<CadreMapping> mappings, CancellationToken cancellationToken);

    Task<IReadOnlyList<CadreMapping>> ReadCadreMappingsAsync(SourceSystem? source, CancellationToken cancellationToken);
}
