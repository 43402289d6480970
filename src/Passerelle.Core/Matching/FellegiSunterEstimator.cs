namespace Passerelle.Core.Matching;

/// <summary>
/// Estimates a <see cref="FellegiSunterModel"/> from the data, as Splink does: u from a sample of
/// random pairs (nearly all non-matches), m and the match prior by expectation–maximisation over the
/// blocked candidate pairs with u held fixed. Works on pattern counts, so its cost does not grow
/// with the number of pairs.
/// </summary>
internal static class FellegiSunterEstimator
{
    /// <summary>Weight of the prior, in pseudo-pairs, against the observed counts.</summary>
    private const double PriorStrengthU = 20;
    private const double PriorStrengthM = 5;
    private const double Floor = 1e-6;

    /// <summary>u per signal and level from the comparison patterns of random pairs.</summary>
    public static double[][] EstimateU(IReadOnlyDictionary<int, long> randomPatterns)
    {
        var counts = CountLevels(randomPatterns);
        var u = new double[ModelPriors.U.Length][];
        for (var s = 0; s < u.Length; s++)
        {
            var total = counts[s].Sum();
            u[s] = new double[ModelPriors.U[s].Length];
            for (var l = 0; l < u[s].Length; l++)
            {
                u[s][l] = Math.Max(Floor, (counts[s][l] + 0.5 + (PriorStrengthU * ModelPriors.U[s][l])) / (total + (0.5 * u[s].Length) + PriorStrengthU));
            }
        }

        return u;
    }

    /// <summary>EM for m and λ over the candidate pair patterns, u fixed.</summary>
    public static FellegiSunterModel Estimate(IReadOnlyDictionary<int, long> candidatePatterns, double[][] u, double initialLambda, int maxIterations, double tolerance)
    {
        var m = ModelPriors.M.Select(levels => (double[])levels.Clone()).ToArray();
        var lambda = Math.Clamp(initialLambda, 0.001, 0.9);
        var patterns = candidatePatterns.Where(p => p.Value > 0).Select(p => (Vector: ComparisonVector.FromPattern(p.Key), Count: (double)p.Value)).ToArray();
        var totalPairs = patterns.Sum(p => p.Count);
        if (totalPairs == 0)
        {
            return new FellegiSunterModel(m, u, lambda, 0, Converged: true);
        }

        var iterations = 0;
        var converged = false;
        var posteriors = new double[patterns.Length];
        while (iterations < maxIterations && !converged)
        {
            iterations++;
            var matched = 0.0;
            for (var i = 0; i < patterns.Length; i++)
            {
                posteriors[i] = Posterior(patterns[i].Vector, m, u, lambda);
                matched += posteriors[i] * patterns[i].Count;
            }

            var newM = MaximiseM(patterns, posteriors);
            var newLambda = Math.Clamp(matched / totalPairs, 1e-6, 1 - 1e-6);
            var change = Math.Abs(newLambda - lambda);
            for (var s = 0; s < m.Length; s++)
            {
                for (var l = 0; l < m[s].Length; l++)
                {
                    change = Math.Max(change, Math.Abs(newM[s][l] - m[s][l]));
                }
            }

            m = newM;
            lambda = newLambda;
            converged = change < tolerance;
        }

        return new FellegiSunterModel(m, u, lambda, iterations, converged);
    }

    private static double Posterior(ComparisonVector vector, double[][] m, double[][] u, double lambda)
    {
        var logRatio = Math.Log(lambda / (1 - lambda));
        for (var s = 0; s < m.Length; s++)
        {
            var level = vector.Level((MatchSignal)s);
            if (level >= 0)
            {
                logRatio += Math.Log(m[s][level] / u[s][level]);
            }
        }

        return 1 / (1 + Math.Exp(-logRatio));
    }

    private static double[][] MaximiseM((ComparisonVector Vector, double Count)[] patterns, double[] posteriors)
    {
        var sums = ModelPriors.M.Select(levels => new double[levels.Length]).ToArray();
        for (var i = 0; i < patterns.Length; i++)
        {
            var weight = posteriors[i] * patterns[i].Count;
            for (var s = 0; s < sums.Length; s++)
            {
                var level = patterns[i].Vector.Level((MatchSignal)s);
                if (level >= 0)
                {
                    sums[s][level] += weight;
                }
            }
        }

        var m = new double[sums.Length][];
        for (var s = 0; s < sums.Length; s++)
        {
            var total = sums[s].Sum();
            m[s] = new double[sums[s].Length];
            for (var l = 0; l < m[s].Length; l++)
            {
                m[s][l] = Math.Max(Floor, (sums[s][l] + (PriorStrengthM * ModelPriors.M[s][l])) / (total + PriorStrengthM));
            }
        }

        return m;
    }

    private static long[][] CountLevels(IReadOnlyDictionary<int, long> patterns)
    {
        var counts = ModelPriors.U.Select(levels => new long[levels.Length]).ToArray();
        foreach (var (pattern, count) in patterns)
        {
            var vector = ComparisonVector.FromPattern(pattern);
            for (var s = 0; s < counts.Length; s++)
            {
                var level = vector.Level((MatchSignal)s);
                if (level >= 0)
                {
                    counts[s][level] += count;
                }
            }
        }

        return counts;
    }
}
