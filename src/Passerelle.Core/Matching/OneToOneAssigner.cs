namespace Passerelle.Core.Matching;

/// <summary>
/// Chooses at most one right record per left record and one left per right, greedily by match
/// probability (ties broken by position, so runs are reproducible), after placing the pairs people
/// linked. Flags records with close runners-up (one-to-many) and right records several left records
/// want (many-to-one). Probabilities are shared among a left record's candidates (see
/// <see cref="RecordPosteriors"/>): look-alike twins split it, so a runner-up holding a real share
/// makes the case ambiguous, and the pair goes to review when the twins together make a match likely.
/// </summary>
internal static class OneToOneAssigner
{
    public readonly record struct Assignment(int Right, double Probability, MatchStatus Status, MatchFlags Flags);

    public static Assignment[] Assign(
        ScoredCandidates candidates,
        RecordPosteriors probabilities,
        int rightCount,
        IReadOnlyDictionary<int, int> linkedByPerson,
        FacilityMatchOptions options)
    {
        var leftCount = candidates.Rights.Length;
        var rightOwner = Enumerable.Repeat(-1, rightCount).ToArray();
        var leftChoice = Enumerable.Repeat(-1, leftCount).ToArray();
        foreach (var (left, right) in linkedByPerson)
        {
            leftChoice[left] = right;
            rightOwner[right] = left;
        }

        var pairs = new List<(int Left, int Right, double P)>();
        var best = new double[leftCount];
        for (var l = 0; l < leftCount; l++)
        {
            var rights = candidates.Rights[l];
            for (var k = 0; k < rights.Length; k++)
            {
                var p = probabilities.Shared[l][k];
                best[l] = Math.Max(best[l], p);
                if (p >= options.AmbiguityMargin)
                {
                    pairs.Add((l, rights[k], p));
                }
            }
        }

        pairs.Sort((x, y) => y.P != x.P ? y.P.CompareTo(x.P) : x.Left != y.Left ? x.Left.CompareTo(y.Left) : x.Right.CompareTo(y.Right));
        var contested = new Dictionary<int, double>();
        var lostRight = new Dictionary<int, (int Right, double P)>();
        foreach (var (left, right, p) in pairs)
        {
            if (leftChoice[left] >= 0)
            {
                continue;
            }

            if (rightOwner[right] >= 0)
            {
                // Someone already holds this right record: remember the clash for the flags.
                if (p >= options.ReviewThreshold && !lostRight.ContainsKey(left))
                {
                    lostRight[left] = (right, p);
                }

                contested[right] = Math.Max(contested.GetValueOrDefault(right), p);
                continue;
            }

            leftChoice[left] = right;
            rightOwner[right] = left;
        }

        var result = new Assignment[leftCount];
        for (var l = 0; l < leftCount; l++)
        {
            var runnerUp = RunnerUp(l, leftChoice[l], candidates, probabilities, rightOwner);
            result[l] = Outcome(l, leftChoice[l], candidates, probabilities, best[l], runnerUp, contested, lostRight, linkedByPerson, options);
        }

        return result;
    }

    /// <summary>The best probability of another candidate that no other left record holds.</summary>
    private static double RunnerUp(int left, int chosen, ScoredCandidates candidates, RecordPosteriors probabilities, int[] rightOwner)
    {
        var runnerUp = 0.0;
        var rights = candidates.Rights[left];
        for (var k = 0; k < rights.Length; k++)
        {
            if (rights[k] != chosen && (rightOwner[rights[k]] < 0 || rightOwner[rights[k]] == left))
            {
                runnerUp = Math.Max(runnerUp, probabilities.Shared[left][k]);
            }
        }

        return runnerUp;
    }

    private static Assignment Outcome(
        int left,
        int right,
        ScoredCandidates candidates,
        RecordPosteriors probabilities,
        double best,
        double second,
        Dictionary<int, double> contested,
        Dictionary<int, (int Right, double P)> lostRight,
        IReadOnlyDictionary<int, int> linkedByPerson,
        FacilityMatchOptions options)
    {
        if (linkedByPerson.TryGetValue(left, out var linked))
        {
            var index = Array.BinarySearch(candidates.Rights[left], linked);
            return new Assignment(linked, probabilities.Shared[left][index], MatchStatus.Matched, MatchFlags.DecidedByPerson);
        }

        if (right < 0)
        {
            if (lostRight.TryGetValue(left, out var lost))
            {
                return new Assignment(lost.Right, lost.P, MatchStatus.Review, MatchFlags.ManyToOne);
            }

            return new Assignment(-1, best, MatchStatus.Unmatched, MatchFlags.None);
        }

        var probability = probabilities.Shared[left][Array.BinarySearch(candidates.Rights[left], right)];
        var flags = MatchFlags.None;
        if (second >= options.AmbiguityMargin)
        {
            flags |= MatchFlags.OneToMany;
        }

        if (contested.TryGetValue(right, out var rival) && rival >= options.ReviewThreshold && probability - rival < options.AmbiguityMargin)
        {
            flags |= MatchFlags.ManyToOne;
        }

        // Twins share the probability: together they decide whether a person should look.
        var evidence = probability + (flags.HasFlag(MatchFlags.OneToMany) ? second : 0);
        var status = probability >= options.AcceptThreshold && flags == MatchFlags.None
            ? MatchStatus.Matched
            : evidence >= options.ReviewThreshold ? MatchStatus.Review : MatchStatus.Unmatched;
        return new Assignment(status == MatchStatus.Unmatched ? -1 : right, probability, status, flags);
    }
}
