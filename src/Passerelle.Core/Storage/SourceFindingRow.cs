namespace Passerelle.Core.Storage;

/// <summary>
/// A data-quality finding a source showed during a run (iHRIS reader checks, Carte sanitaire import
/// findings), kept for analysis. <paramref name="Where"/> locates it — a role or job id, a file with row
/// and column — and never holds personal data.
/// </summary>
/// <param name="Source">Which source, e.g. <c>ihris</c> or <c>healthmap</c>.</param>
/// <param name="Code">Stable code for filtering, e.g. <c>WorkerWithoutFacility</c> or <c>HM-COORD-SWAPPED</c>.</param>
public sealed record SourceFindingRow(
    Guid RunId,
    string Source,
    string Where,
    string Code,
    string French,
    string English,
    DateTimeOffset At);
