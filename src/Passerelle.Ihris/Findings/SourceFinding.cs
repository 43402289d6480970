namespace Passerelle.Ihris.Findings;

/// <summary>One data-quality finding.</summary>
/// <param name="Subject">What it is about: a role id, job code, facility id or worker pseudonym — never personal data.</param>
/// <param name="French">Explanation in French.</param>
/// <param name="English">Explanation in English.</param>
public sealed record SourceFinding(SourceFindingKind Kind, string Subject, string French, string English);
