using Passerelle.Core.Matching;
using Passerelle.Core.Workforce;

namespace Passerelle.Core.CadreMapping;

/// <summary>The proposed national cadre for one job title, with its codes, score and reason.</summary>
/// <param name="JobTitle">The title as the source writes it.</param>
/// <param name="Cadre">The proposed cadre, or null when nothing fits.</param>
/// <param name="Isco08">ISCO-08 unit group of the cadre (NHWA).</param>
/// <param name="CategoryOptionCode">DHIS2 category option code of the cadre.</param>
/// <param name="Score">Confidence in [0, 1].</param>
/// <param name="Status">Matched (automatic or by a person), Review or Unmatched.</param>
public sealed record CadreMappingProposal(
    string JobTitle,
    Cadre? Cadre,
    string? Isco08,
    string? CategoryOptionCode,
    double Score,
    MatchStatus Status,
    bool DecidedByPerson,
    string French,
    string English);

/// <summary>A person's decision for a job title: the cadre code, or null for "not a health cadre / leave unmapped".</summary>
public sealed record CadreDecision(string JobTitle, string? CadreCode);

/// <summary>Thresholds and codes of the cadre mapper.</summary>
public sealed record CadreMappingOptions
{
    /// <summary>Proposals at or above this score are accepted automatically. Default 0.85.</summary>
    public double AcceptThreshold { get; init; } = 0.85;

    /// <summary>Proposals between this and the accept threshold go to review. Default 0.50.</summary>
    public double ReviewThreshold { get; init; } = 0.50;

    /// <summary>Prefix of the DHIS2 category option codes (<c>CADRE_SFE</c>…). Default <c>CADRE_</c>.</summary>
    public string CategoryOptionCodePrefix { get; init; } = "CADRE_";

    /// <summary>The cadres to map to (default: Senegal's <see cref="NationalCadres.All"/>).</summary>
    public IReadOnlyList<Cadre> Cadres { get; init; } = NationalCadres.All;
}
