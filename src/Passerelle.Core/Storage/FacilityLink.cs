using Passerelle.Core.Facilities;

namespace Passerelle.Core.Storage;

/// <summary>One crosswalk link: a golden (registry) facility id ⇄ a facility of a source system.</summary>
/// <param name="Score">Match probability in [0, 1].</param>
/// <param name="ExplanationJson">Each signal's contribution, as JSON.</param>
/// <param name="DecidedBy">A user login for human decisions, or the matcher's name.</param>
public sealed record FacilityLink(
    string GoldenId,
    SourceSystem Source,
    string SourceId,
    double Score,
    DecisionStatus Status,
    string ExplanationJson,
    string DecidedBy,
    DateTimeOffset DecidedAt);

/// <summary>What a link decides, without its explanation: for readers that only follow links (the analysis reads a
/// hundred thousand of them at continental size, whose explanations would weigh some 200 MB).</summary>
public sealed record FacilityLinkTarget(string GoldenId, SourceSystem Source, string SourceId, double Score, DecisionStatus Status);
