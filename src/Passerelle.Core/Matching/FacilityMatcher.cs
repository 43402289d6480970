using Passerelle.Core.Facilities;

namespace Passerelle.Core.Matching;

/// <summary>
/// Matches two facility lists: normalise, block, compare, estimate a Fellegi–Sunter model from the
/// data (u from random pairs, m by EM), score every candidate pair, assign one-to-one and decide
/// (accept, review, reject). Human decisions are inputs and always win.
/// </summary>
public sealed class FacilityMatcher
{
    private readonly FacilityMatchOptions _options;
    private readonly AdministrativeNameComparer _administrative;

    public FacilityMatcher(FacilityMatchOptions? options = null)
    {
        _options = options ?? new FacilityMatchOptions();
        _options.Validate();
        _administrative = new AdministrativeNameComparer(_options.AdministrativeAliases);
    }

    /// <summary>Matches every left record against the right list.</summary>
    /// <param name="decisions">Earlier human decisions; a linked pair is kept, a rejected pair is never proposed.</param>
    public FacilityMatchResult Match(
        IReadOnlyList<SourceFacility> left,
        IReadOnlyList<SourceFacility> right,
        IReadOnlyCollection<MatchDecision>? decisions = null)
    {
        var preparedLeft = Prepare(left);
        var preparedRight = Prepare(right);
        var (linked, rejected) = ResolveDecisions(left, right, decisions ?? []);
        var candidates = ScoreCandidates(preparedLeft, preparedRight, linked, rejected);
        var model = EstimateModel(preparedLeft, preparedRight, candidates);
        var nameBits = NameFrequencyBits(preparedLeft, preparedRight, candidates, model, out var nameCounts);
        var probabilities = RecordPosteriors.Compute(candidates, model, nameBits);
        var assignments = OneToOneAssigner.Assign(candidates, probabilities, right.Count, linked, _options);
        var matches = new FacilityMatch[left.Count];
        for (var l = 0; l < left.Count; l++)
        {
            matches[l] = ToMatch(l, assignments[l], preparedLeft, preparedRight, candidates, model, nameCounts);
        }

        return new FacilityMatchResult(matches, model, candidates.PairCount);
    }

    /// <summary>Scores one pair with a given model (for explanations of pairs a person asks about).</summary>
    public static double Score(FellegiSunterModel model, SourceFacility left, SourceFacility right, FacilityMatchOptions? options = null)
    {
        var administrative = new AdministrativeNameComparer((options ?? new FacilityMatchOptions()).AdministrativeAliases);
        return model.Probability(PairComparer.Compare(new PreparedFacility(left, administrative), new PreparedFacility(right, administrative)));
    }

    private PreparedFacility[] Prepare(IReadOnlyList<SourceFacility> facilities)
    {
        var prepared = new PreparedFacility[facilities.Count];
        Parallel.For(0, facilities.Count, i => prepared[i] = new PreparedFacility(facilities[i], _administrative));
        return prepared;
    }

    private static (Dictionary<int, int> Linked, HashSet<long> Rejected) ResolveDecisions(
        IReadOnlyList<SourceFacility> left,
        IReadOnlyList<SourceFacility> right,
        IReadOnlyCollection<MatchDecision> decisions)
    {
        var leftIndex = IndexById(left);
        var rightIndex = IndexById(right);
        var linked = new Dictionary<int, int>();
        var linkedRights = new HashSet<int>();
        var rejected = new HashSet<long>();
        foreach (var decision in decisions)
        {
            if (!leftIndex.TryGetValue(decision.LeftId, out var l) || !rightIndex.TryGetValue(decision.RightId, out var r))
            {
                continue;
            }

            if (decision.Verdict == MatchVerdict.Rejected)
            {
                rejected.Add(PairKey(l, r));
            }
            else if (!linked.ContainsKey(l) && linkedRights.Add(r))
            {
                linked[l] = r;
            }
        }

        return (linked, rejected);
    }

    private ScoredCandidates ScoreCandidates(PreparedFacility[] left, PreparedFacility[] right, Dictionary<int, int> linked, HashSet<long> rejected)
    {
        var blocker = new CandidateBlocker(left, right, _options);
        var scored = new ScoredCandidates(left.Length);
        Parallel.For(
            0,
            left.Length,
            blocker.NewScratch,
            (l, _, scratch) =>
            {
                var rights = blocker.Candidates(left[l], scratch);
                if (linked.TryGetValue(l, out var forced) && Array.BinarySearch(rights, forced) < 0)
                {
                    rights = [.. rights, forced];
                    Array.Sort(rights);
                }

                if (rejected.Count > 0)
                {
                    rights = rights.Where(r => !rejected.Contains(PairKey(l, r))).ToArray();
                }

                var patterns = new int[rights.Length];
                for (var k = 0; k < rights.Length; k++)
                {
                    patterns[k] = PairComparer.Compare(left[l], right[rights[k]]).Pattern;
                }

                scored.Rights[l] = rights;
                scored.Patterns[l] = patterns;
                return scratch;
            },
            _ => { });
        return scored;
    }

    private FellegiSunterModel EstimateModel(PreparedFacility[] left, PreparedFacility[] right, ScoredCandidates candidates)
    {
        var u = FellegiSunterEstimator.EstimateU(RandomPairPatterns(left, right));
        return FellegiSunterEstimator.Estimate(candidates.Patterns, u, _options.MaxEmIterations, _options.EmTolerance);
    }

    /// <summary>Comparison patterns of random pairs (all pairs when there are few), drawn with a fixed seed.</summary>
    private Dictionary<int, long> RandomPairPatterns(PreparedFacility[] left, PreparedFacility[] right)
    {
        var counts = new Dictionary<int, long>();
        if (left.Length == 0 || right.Length == 0)
        {
            return counts;
        }

        var allPairs = (long)left.Length * right.Length;
        if (allPairs <= _options.RandomPairSample)
        {
            foreach (var a in left)
            {
                foreach (var b in right)
                {
                    Add(counts, PairComparer.Compare(a, b).Pattern);
                }
            }

            return counts;
        }

        var random = new Random(_options.Seed);
        var draws = Enumerable.Range(0, _options.RandomPairSample)
            .Select(_ => (random.Next(left.Length), random.Next(right.Length)))
            .ToArray();
        var patterns = new int[draws.Length];
        Parallel.For(0, draws.Length, i => patterns[i] = PairComparer.Compare(left[draws[i].Item1], right[draws[i].Item2]).Pattern);
        foreach (var pattern in patterns)
        {
            Add(counts, pattern);
        }

        return counts;
    }

    /// <summary>
    /// The term-frequency adjustment of every « same name » candidate pair (0 for the others), never
    /// taking the weight below that of « nearly the same name ».
    /// </summary>
    private static double[][] NameFrequencyBits(
        PreparedFacility[] left,
        PreparedFacility[] right,
        ScoredCandidates candidates,
        FellegiSunterModel model,
        out NameFrequencies frequencies)
    {
        var counts = new NameFrequencies(left.Concat(right));
        var pairCounts = new int[left.Length][];
        for (var l = 0; l < left.Length; l++)
        {
            var patterns = candidates.Patterns[l] ?? [];
            pairCounts[l] = new int[patterns.Length];
            for (var k = 0; k < patterns.Length; k++)
            {
                if (ComparisonVector.FromPattern(patterns[k]).Name == 0)
                {
                    pairCounts[l][k] = counts.CountOf(left[l], right[candidates.Rights[l][k]]);
                }
            }
        }

        counts.Calibrate(pairCounts.SelectMany(row => row).Where(c => c > 0));
        var floor = model.Weight(MatchSignal.Name, 1) - model.Weight(MatchSignal.Name, 0);
        var bits = pairCounts.Select(row => row.Select(c => c > 0 ? Math.Max(floor, counts.AdjustmentBits(c)) : 0).ToArray()).ToArray();
        frequencies = counts;
        return bits;
    }

    private static FacilityMatch ToMatch(
        int left,
        OneToOneAssigner.Assignment assignment,
        PreparedFacility[] preparedLeft,
        PreparedFacility[] preparedRight,
        ScoredCandidates candidates,
        FellegiSunterModel model,
        NameFrequencies nameCounts)
    {
        var explained = assignment.Right >= 0 ? assignment.Right : BestCandidate(left, candidates, model);
        var vector = explained >= 0 ? PairComparer.Compare(preparedLeft[left], preparedRight[explained]) : default;
        var flags = assignment.Flags;
        if (explained >= 0 && vector.Type == 2)
        {
            flags |= MatchFlags.TypeUpgrade;
        }

        var contributions = explained >= 0 ? model.Explain(vector) : [];
        if (explained >= 0 && vector.Name == 0)
        {
            var count = nameCounts.CountOf(preparedLeft[left], preparedRight[explained]);
            var floor = model.Weight(MatchSignal.Name, 1) - model.Weight(MatchSignal.Name, 0);
            var extra = Math.Max(floor, nameCounts.AdjustmentBits(count));
            var inDistrict = preparedLeft[left].DistrictKey is { } district && district == preparedRight[explained].DistrictKey;
            var (where, whereEnglish) = inDistrict ? (" dans le district", " in the district") : (string.Empty, string.Empty);
            contributions = contributions
                .Select(c => c.Signal == MatchSignal.Name && c.Level is { } level
                    ? c with
                    {
                        Weight = c.Weight + extra,
                        Level = level with
                        {
                            French = $"{level.French}, nom porté par {count} fiche{(count > 1 ? "s" : string.Empty)}{where}",
                            English = $"{level.English}, a name {count} record{(count > 1 ? "s" : string.Empty)} carry{whereEnglish}",
                        },
                    }
                    : c)
                .ToList();
        }
        var score = Math.Clamp(double.IsNaN(assignment.Probability) ? 0 : assignment.Probability, 0, 1);
        return new FacilityMatch(
            preparedLeft[left].Source.SourceId,
            assignment.Right >= 0 ? preparedRight[assignment.Right].Source.SourceId : null,
            score,
            assignment.Status,
            flags,
            contributions);
    }

    private static int BestCandidate(int left, ScoredCandidates candidates, FellegiSunterModel model)
    {
        var best = -1;
        var bestBits = double.NegativeInfinity;
        for (var k = 0; k < candidates.Rights[left].Length; k++)
        {
            var bits = model.TotalWeight(ComparisonVector.FromPattern(candidates.Patterns[left][k]));
            if (bits > bestBits)
            {
                bestBits = bits;
                best = candidates.Rights[left][k];
            }
        }

        return best;
    }

    private static Dictionary<string, int> IndexById(IReadOnlyList<SourceFacility> facilities)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < facilities.Count; i++)
        {
            index.TryAdd(facilities[i].SourceId, i);
        }

        return index;
    }

    private static long PairKey(int left, int right) => ((long)left << 32) | (uint)right;

    private static void Add(Dictionary<int, long> counts, int pattern) => counts[pattern] = counts.GetValueOrDefault(pattern) + 1;
}
