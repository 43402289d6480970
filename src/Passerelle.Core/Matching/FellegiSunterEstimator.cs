namespace Passerelle.Core.Matching;

/// <summary>
/// Estimates a <see cref="FellegiSunterModel"/> from the data. u is first measured on random pairs
/// (as Splink does); because blocking makes candidate non-matches agree on place far more often
/// than random pairs do, EM then re-estimates u together with m and the match prior over the
/// blocked candidate pairs, with the random-pair u as its prior. EM starts from each left record's
/// most name-like candidate and keeps each left record's match posteriors summing to at most 1,
/// which holds it on the "same facility" solution rather than the "same district" one.
/// With few pairs the priors weigh more, so tiny inputs still get sensible weights.
/// </summary>
internal static class FellegiSunterEstimator
{
    /// <summary>Weight of the priors, in pseudo-pairs, against the observed counts.</summary>
    private const double PriorStrengthU = 50;
    private const double PriorStrengthM = 50;
    private const double Floor = 1e-6;

    /// <summary>Below this many candidate pairs the model keeps its priors (EM would fit noise).</summary>
    internal const int MinimumPairsForEm = 500;

    /// <summary>EM must find matches for at least this share of the left records with candidates.</summary>
    private const double MinimumMatchShare = 0.05;

    /// <summary>u per signal and level from the comparison patterns of random pairs, smoothed towards the default u.</summary>
    public static double[][] EstimateU(IReadOnlyDictionary<int, long> randomPatterns)
    {
        var sums = ModelPriors.U.Select(levels => new double[levels.Length]).ToArray();
        foreach (var (pattern, count) in randomPatterns)
        {
            Accumulate(sums, ComparisonVector.FromPattern(pattern), count);
        }

        return Normalise(sums, ModelPriors.U, PriorStrengthU);
    }

    /// <summary>
    /// EM for m, u and λ over the candidate pairs of every left record. The E-step keeps the
    /// one-to-one nature of the problem: a left record's match posteriors never sum above 1, so
    /// a cluster of look-alike neighbours (same district, close by) cannot pass for matches.
    /// </summary>
    /// <param name="candidatePatterns">Comparison patterns of each left record's candidates.</param>
    /// <param name="randomU">u from random pairs, used as the prior of u.</param>
    public static FellegiSunterModel Estimate(int[][] candidatePatterns, double[][] randomU, int maxIterations, double tolerance)
    {
        var present = new HashSet<int>();
        foreach (var patterns in candidatePatterns)
        {
            present.UnionWith(patterns);
        }

        var vectors = present.Order().ToArray();
        var slot = new Dictionary<int, int>();
        for (var i = 0; i < vectors.Length; i++)
        {
            slot[vectors[i]] = i;
        }

        var slots = candidatePatterns.Select(patterns => patterns.Select(p => slot[p]).ToArray()).ToArray();
        var comparisonVectors = vectors.Select(ComparisonVector.FromPattern).ToArray();
        var counts = new double[vectors.Length];
        foreach (var row in slots)
        {
            foreach (var k in row)
            {
                counts[k]++;
            }
        }

        var totalPairs = counts.Sum();
        var leftWithCandidates = slots.Count(row => row.Length > 0);
        if (totalPairs < MinimumPairsForEm)
        {
            return PriorModel(randomU, totalPairs, leftWithCandidates);
        }

        // Starting guess: each left record's most name-like candidate is its match when the name is close.
        var matchWeights = StartingGuess(slots, comparisonVectors);
        var (m, u, lambda) = Maximise(comparisonVectors, counts, matchWeights, randomU, totalPairs);
        var iterations = 0;
        var converged = false;
        while (iterations < maxIterations && !converged)
        {
            iterations++;
            var bayesFactors = comparisonVectors.Select(v => OddsRatio(v, m, u, 0.5)).ToArray();
            var recordPrior = Math.Clamp(lambda * totalPairs / Math.Max(1, leftWithCandidates), 0.01, 0.99);
            matchWeights = ExpectedMatches(slots, bayesFactors, recordPrior);
            var (newM, newU, newLambda) = Maximise(comparisonVectors, counts, matchWeights, randomU, totalPairs);
            var change = Math.Max(Math.Abs(newLambda - lambda), Math.Max(MaxChange(m, newM), MaxChange(u, newU)));
            (m, u, lambda) = (newM, newU, newLambda);
            converged = change < tolerance;
        }

        // Guard: EM that ends up finding almost no matches has fitted noise, not facilities.
        if (lambda * totalPairs < MinimumMatchShare * leftWithCandidates)
        {
            return PriorModel(randomU, totalPairs, leftWithCandidates);
        }

        return new FellegiSunterModel(m, u, lambda, iterations, converged);
    }

    /// <summary>
    /// The fallback when EM cannot be trusted: the prior m, the random-pair u and a prior that
    /// expects most left records to have their match among their candidates.
    /// </summary>
    private static FellegiSunterModel PriorModel(double[][] randomU, double totalPairs, int leftWithCandidates)
    {
        var prior = totalPairs == 0 ? 0.5 : Math.Clamp(0.8 * leftWithCandidates / totalPairs, 0.01, 0.9);
        return new FellegiSunterModel(Copy(ModelPriors.M), randomU, prior, 0, Converged: false);
    }

    private static double[] StartingGuess(int[][] slots, ComparisonVector[] vectors)
    {
        var weights = new double[vectors.Length];
        foreach (var row in slots)
        {
            var best = -1;
            for (var k = 0; k < row.Length; k++)
            {
                if (best < 0 || NameRank(vectors[row[k]]) < NameRank(vectors[row[best]]))
                {
                    best = k;
                }
            }

            for (var k = 0; k < row.Length; k++)
            {
                var isNameLike = vectors[row[k]].Name is >= 0 and <= 2;
                weights[row[k]] += k == best ? (isNameLike ? 0.9 : 0.1) : 0.01;
            }
        }

        return weights;
    }

    private static int NameRank(ComparisonVector vector) =>
        ((vector.Name < 0 ? 9 : vector.Name) * 100) + Math.Max(0, (int)vector.Hierarchy) + Math.Max(0, (int)vector.Distance) + Math.Max(0, (int)vector.Type);

    /// <summary>
    /// E-step with at most one match per left record: candidate k is the match with probability
    /// π·BF_k / ((1 − p₀) + π·Σ BF_j), π = p₀ / n, as <see cref="RecordPosteriors"/> scores pairs.
    /// </summary>
    private static double[] ExpectedMatches(int[][] slots, double[] bayesFactors, double recordPrior)
    {
        var total = new double[bayesFactors.Length];
        var gate = new Lock();
        Parallel.ForEach(
            System.Collections.Concurrent.Partitioner.Create(0, slots.Length, Math.Max(1024, slots.Length / 16)),
            () => new double[bayesFactors.Length],
            (range, _, local) =>
            {
                for (var l = range.Item1; l < range.Item2; l++)
                {
                    var row = slots[l];
                    if (row.Length == 0)
                    {
                        continue;
                    }

                    var perCandidate = recordPrior / row.Length;
                    var sum = 0.0;
                    foreach (var k in row)
                    {
                        sum += perCandidate * bayesFactors[k];
                    }

                    var denominator = (1 - recordPrior) + sum;
                    foreach (var k in row)
                    {
                        local[k] += perCandidate * bayesFactors[k] / denominator;
                    }
                }

                return local;
            },
            local =>
            {
                lock (gate)
                {
                    for (var i = 0; i < total.Length; i++)
                    {
                        total[i] += local[i];
                    }
                }
            });
        return total;
    }

    private static (double[][] M, double[][] U, double Lambda) Maximise(
        ComparisonVector[] vectors,
        double[] counts,
        double[] matchWeights,
        double[][] randomU,
        double totalPairs)
    {
        var mSums = ModelPriors.M.Select(levels => new double[levels.Length]).ToArray();
        var uSums = ModelPriors.U.Select(levels => new double[levels.Length]).ToArray();
        var matched = 0.0;
        for (var i = 0; i < vectors.Length; i++)
        {
            Accumulate(mSums, vectors[i], matchWeights[i]);
            Accumulate(uSums, vectors[i], counts[i] - matchWeights[i]);
            matched += matchWeights[i];
        }

        var lambda = Math.Clamp(matched / totalPairs, 1e-6, 1 - 1e-6);
        return (Normalise(mSums, ModelPriors.M, PriorStrengthM), Normalise(uSums, randomU, PriorStrengthU), lambda);
    }

    private static double OddsRatio(ComparisonVector vector, double[][] m, double[][] u, double lambda)
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

        return Math.Exp(Math.Clamp(logRatio, -700, 700));
    }

    private static void Accumulate(double[][] sums, ComparisonVector vector, double weight)
    {
        for (var s = 0; s < sums.Length; s++)
        {
            var level = vector.Level((MatchSignal)s);
            if (level >= 0)
            {
                sums[s][level] += weight;
            }
        }
    }

    private static double[][] Normalise(double[][] sums, double[][] prior, double priorStrength)
    {
        var result = new double[sums.Length][];
        for (var s = 0; s < sums.Length; s++)
        {
            var total = sums[s].Sum();
            result[s] = new double[sums[s].Length];
            for (var l = 0; l < result[s].Length; l++)
            {
                result[s][l] = Math.Max(Floor, (sums[s][l] + (priorStrength * prior[s][l])) / (total + priorStrength));
            }
        }

        return result;
    }

    private static double MaxChange(double[][] before, double[][] after)
    {
        var change = 0.0;
        for (var s = 0; s < before.Length; s++)
        {
            for (var l = 0; l < before[s].Length; l++)
            {
                change = Math.Max(change, Math.Abs(after[s][l] - before[s][l]));
            }
        }

        return change;
    }

    private static double[][] Copy(double[][] source) => source.Select(levels => (double[])levels.Clone()).ToArray();
}
