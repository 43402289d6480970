namespace Passerelle.Core.Matching;

/// <summary>What happens to a proposed pair.</summary>
public enum MatchStatus
{
    /// <summary>Accepted (automatically above the threshold, or by a person).</summary>
    Matched,

    /// <summary>A candidate a person should check.</summary>
    Review,

    /// <summary>No acceptable candidate.</summary>
    Unmatched,
}

/// <summary>Situations a reviewer should know about.</summary>
[Flags]
public enum MatchFlags
{
    None = 0,

    /// <summary>The left record has several close candidates on the right (one left for many right).</summary>
    OneToMany = 1,

    /// <summary>The right record is claimed by several left records (e.g. one DHIS2 unit for two registry entries).</summary>
    ManyToOne = 2,

    /// <summary>Types on adjacent rungs of the pyramid (a poste upgraded to centre, or the reverse).</summary>
    TypeUpgrade = 4,

    /// <summary>A person decided this pair; the engine kept the decision.</summary>
    DecidedByPerson = 8,
}

/// <summary>How much one signal moved the match weight, and why.</summary>
/// <param name="Level">The comparison level reached, or null when the signal is missing on a side (no weight).</param>
/// <param name="Weight">Fellegi–Sunter weight in bits: log2(m/u); 0 when the signal is missing.</param>
public sealed record SignalContribution(MatchSignal Signal, SignalLevel? Level, double Weight)
{
    public string French => Level is null
        ? $"{SignalNames.French(Signal)} : non renseigné (0)"
        : $"{SignalNames.French(Signal)} : {Level.French} ({Weight.ToString("+0.0;-0.0;0", System.Globalization.CultureInfo.InvariantCulture)})";

    public string English => Level is null
        ? $"{SignalNames.English(Signal)}: missing (0)"
        : $"{SignalNames.English(Signal)}: {Level.English} ({Weight.ToString("+0.0;-0.0;0", System.Globalization.CultureInfo.InvariantCulture)})";
}

/// <summary>The outcome for one left record.</summary>
/// <param name="RightId">The proposed right record, or null when unmatched.</param>
/// <param name="Score">Match probability in [0, 1] (of the proposed pair; of the best candidate when unmatched).</param>
/// <param name="Contributions">Each signal's contribution, for the proposed pair (or best candidate).</param>
public sealed record FacilityMatch(
    string LeftId,
    string? RightId,
    double Score,
    MatchStatus Status,
    MatchFlags Flags,
    IReadOnlyList<SignalContribution> Contributions)
{
    public string ExplanationFrench => string.Join(" ; ", Contributions.Select(c => c.French));

    public string ExplanationEnglish => string.Join("; ", Contributions.Select(c => c.English));
}

/// <summary>The result of matching two lists, with the estimated model for audit.</summary>
/// <param name="Matches">One entry per left record, in left order.</param>
/// <param name="Model">The m/u probabilities and weights used.</param>
/// <param name="CandidatePairs">Pairs scored after blocking (never all pairs).</param>
public sealed record FacilityMatchResult(
    IReadOnlyList<FacilityMatch> Matches,
    FellegiSunterModel Model,
    long CandidatePairs);

internal static class SignalNames
{
    public static string French(MatchSignal signal) => signal switch
    {
        MatchSignal.Name => "Nom",
        MatchSignal.Hierarchy => "Région/district",
        MatchSignal.Type => "Type",
        MatchSignal.Distance => "Distance",
        MatchSignal.Codes => "Identifiants",
        _ => signal.ToString(),
    };

    public static string English(MatchSignal signal) => signal switch
    {
        MatchSignal.Hierarchy => "Region/district",
        MatchSignal.Codes => "Identifiers",
        _ => signal.ToString(),
    };
}
