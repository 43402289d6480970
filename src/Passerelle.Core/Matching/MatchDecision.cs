namespace Passerelle.Core.Matching;

/// <summary>What a person decided about a pair.</summary>
public enum MatchVerdict
{
    /// <summary>The two records are the same facility.</summary>
    Linked,

    /// <summary>The two records are not the same facility.</summary>
    Rejected,
}

/// <summary>A human decision on a (left, right) pair. An automatic run never overrides it.</summary>
public sealed record MatchDecision(string LeftId, string RightId, MatchVerdict Verdict);
