namespace Passerelle.Core.Matching;

/// <summary>The candidate pairs of every left record, with their comparison patterns (then probabilities).</summary>
internal sealed class ScoredCandidates(int leftCount)
{
    public int[][] Rights { get; } = new int[leftCount][];

    public int[][] Patterns { get; } = new int[leftCount][];

    public long PairCount => Rights.Sum(r => (long)(r?.Length ?? 0));
}
