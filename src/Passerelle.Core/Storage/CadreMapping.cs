using Passerelle.Core.Facilities;

namespace Passerelle.Core.Storage;

/// <summary>A source job (by code, or by normalised title when there is no code) mapped to a national cadre.</summary>
/// <param name="JobKey">The source job code, or the normalised title when the source has no code.</param>
/// <param name="JobTitle">The title as the source writes it, for people reviewing.</param>
public sealed record CadreMapping(
    SourceSystem Source,
    string JobKey,
    string? JobTitle,
    string CadreCode,
    double Score,
    DecisionStatus Status,
    string ExplanationJson,
    string DecidedBy,
    DateTimeOffset DecidedAt);
