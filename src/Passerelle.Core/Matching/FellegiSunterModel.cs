namespace Passerelle.Core.Matching;

/// <summary>
/// A Fellegi–Sunter model: for each signal and level, m = P(level | same facility) and
/// u = P(level | different facilities); the weight of a level is log2(m/u) and a pair's match
/// probability is the logistic of the prior log-odds plus the sum of its weights.
/// </summary>
/// <param name="M">m probabilities, by signal then level.</param>
/// <param name="U">u probabilities, by signal then level.</param>
/// <param name="Lambda">Prior probability that a candidate pair is a match.</param>
/// <param name="EmIterations">Iterations EM ran.</param>
/// <param name="Converged">Whether EM met its tolerance before the iteration cap.</param>
public sealed record FellegiSunterModel(
    IReadOnlyList<IReadOnlyList<double>> M,
    IReadOnlyList<IReadOnlyList<double>> U,
    double Lambda,
    int EmIterations,
    bool Converged)
{
    private double[][]? _weights;

    /// <summary>
    /// Weights in bits, by signal then level. Made monotone (a better level never weighs less than a
    /// worse one, and the best level never weighs below zero), so that an agreeing signal can only
    /// raise a pair's score.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<double>> Weights => _weights ??= ComputeWeights();

    /// <summary>Prior log-odds in bits.</summary>
    public double PriorWeight => Math.Log2(Lambda / (1 - Lambda));

    public double Weight(MatchSignal signal, int level) => level < 0 ? 0 : Weights[(int)signal][level];

    internal double TotalWeight(ComparisonVector vector)
    {
        var total = 0.0;
        foreach (var signal in SignalLevels.Signals)
        {
            total += Weight(signal, vector.Level(signal));
        }

        return total;
    }

    internal double Probability(ComparisonVector vector) => ProbabilityFromBits(PriorWeight + TotalWeight(vector));

    internal static double ProbabilityFromBits(double bits) => 1 / (1 + Math.Pow(2, -bits));

    internal IReadOnlyList<SignalContribution> Explain(ComparisonVector vector) =>
        SignalLevels.Signals
            .Select(signal =>
            {
                var level = vector.Level(signal);
                return new SignalContribution(signal, level < 0 ? null : SignalLevels.Of(signal)[level], Weight(signal, level));
            })
            .ToList();

    /// <summary>« Same region, district unknown » is not worse than « similar district »: it stands outside the order.</summary>
    private static bool IsPartialInformationLevel(MatchSignal signal, int level) => signal == MatchSignal.Hierarchy && level == 2;

    private double[][] ComputeWeights()
    {
        var weights = new double[M.Count][];
        for (var s = 0; s < M.Count; s++)
        {
            weights[s] = new double[M[s].Count];
            var previous = double.PositiveInfinity;
            for (var l = 0; l < M[s].Count; l++)
            {
                var w = Math.Log2(M[s][l] / U[s][l]);
                if (IsPartialInformationLevel((MatchSignal)s, l))
                {
                    continue;
                }

                weights[s][l] = l == 0 ? Math.Max(w, 0) : Math.Min(w, previous);
                previous = weights[s][l];
            }

            for (var l = 0; l < M[s].Count; l++)
            {
                if (IsPartialInformationLevel((MatchSignal)s, l))
                {
                    // Between the best and the worst levels of the chain.
                    weights[s][l] = Math.Clamp(Math.Log2(M[s][l] / U[s][l]), weights[s][^1], weights[s][0]);
                }
            }
        }

        return weights;
    }
}
