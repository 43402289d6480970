namespace Passerelle.Core.Matching;

/// <summary>
/// Match probabilities that see all of a left record's candidates at once. A pair scored alone
/// weighs its evidence against the prior that any candidate pair is a match (λ, small once
/// blocking offers dozens of neighbours). But a left record has at most one match: when one
/// candidate agrees on everything and its neighbours all disagree, the neighbours' disagreement is
/// itself evidence. So each left record weighs the hypotheses « no match among my candidates »
/// (prior 1 − p₀) and « candidate k is my match » (prior p₀ / n each), where p₀, the share of left
/// records whose match is among their candidates, comes from the fitted model (λ × pairs ÷ records).
/// Each pair's weight may carry an extra term (the rarity of the name it agrees on).
/// Two look-alike candidates now share the probability between them, so ambiguity lowers the
/// score rather than hiding behind it.
/// </summary>
internal sealed class RecordPosteriors
{
    private const double MinimumRecordPrior = 0.05;
    private const double MaximumRecordPrior = 0.99;

    private RecordPosteriors(double[][] shared) => Shared = shared;

    /// <summary>P(candidate k is the left record's match), all candidates considered; sums to at most 1 per left record.</summary>
    public double[][] Shared { get; }

    public static RecordPosteriors Compute(ScoredCandidates candidates, FellegiSunterModel model, double[][] extraBits)
    {
        var leftWithCandidates = candidates.Rights.Count(r => r is { Length: > 0 });
        var recordPrior = leftWithCandidates == 0
            ? MinimumRecordPrior
            : Math.Clamp(model.Lambda * candidates.PairCount / leftWithCandidates, MinimumRecordPrior, MaximumRecordPrior);
        var weightOf = new Dictionary<int, double>();
        foreach (var patterns in candidates.Patterns)
        {
            foreach (var pattern in patterns ?? [])
            {
                if (!weightOf.ContainsKey(pattern))
                {
                    weightOf[pattern] = model.TotalWeight(ComparisonVector.FromPattern(pattern));
                }
            }
        }

        var noMatchBits = Math.Log2(1 - recordPrior);
        var shared = new double[candidates.Rights.Length][];
        Parallel.For(0, shared.Length, l =>
        {
            var patterns = candidates.Patterns[l] ?? [];
            var weights = new double[patterns.Length];
            for (var k = 0; k < weights.Length; k++)
            {
                weights[k] = weightOf[patterns[k]] + extraBits[l][k];
            }

            shared[l] = Posteriors(weights, recordPrior, noMatchBits);
        });
        return new RecordPosteriors(shared);
    }

    /// <summary>P(candidate k is the match) = 2^(a_k) / (2^b + Σ_j 2^(a_j)), computed with the largest term factored out.</summary>
    private static double[] Posteriors(double[] weights, double recordPrior, double noMatchBits)
    {
        var posteriors = new double[weights.Length];
        if (weights.Length == 0)
        {
            return posteriors;
        }

        var candidateBits = Math.Log2(recordPrior / weights.Length);
        var largest = noMatchBits;
        for (var k = 0; k < weights.Length; k++)
        {
            posteriors[k] = candidateBits + weights[k];
            largest = Math.Max(largest, posteriors[k]);
        }

        var denominator = Math.Pow(2, noMatchBits - largest);
        for (var k = 0; k < weights.Length; k++)
        {
            posteriors[k] = Math.Pow(2, posteriors[k] - largest);
            denominator += posteriors[k];
        }

        for (var k = 0; k < weights.Length; k++)
        {
            posteriors[k] /= denominator;
        }

        return posteriors;
    }
}
