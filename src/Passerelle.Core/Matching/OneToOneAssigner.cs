namespace Passerelle.Core.Matching;

/// <summary>
/// Chooses at most one right record per left record and one left per right, greedily by match
/// probability (ties broken by position, so runs are reproducible), after placing the pairs people
/// linked. Flags records with close runners-up (one-to-many) and right records several left records
/// want (many-to-one).
/// </summary>
internal static class OneToOneAssigner
{
    public readonly record struct Assignment(int Right, double Probability, MatchStatus Status, MatchFlags Flags);

    public static Assignment[] Assign(
        ScoredCandidates candidates,
        Func<int, double> probabilityOfPattern,
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
                var p = probabilityOfPattern(candidates.Patterns[l][k]);
                best[l] = Math.Max(best[l], p);

                if (p >= options.ReviewThreshold)
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
                if (!lostRight.ContainsKey(left))
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
            var runnerUp = RunnerUp(l, leftChoice[l], candidates, probabilityOfPattern, rightOwner);
            result[l] = Outcome(l, leftChoice[l], candidates, probabilityOfPattern, best[l], runnerUp, contested, lostRight, linkedByPerson, options);
        }

        return result;
    }

    /// <summary>The best other candidate that no other left record holds.</summary>
    private static double RunnerUp(int left, int chosen, ScoredCandidates candidates, Func<int, double> probabilityOfPattern, int[] rightOwner)
    {
        var runnerUp = 0.0;
        var rights = candidates.Rights[left];
        for (var k = 0; k < rights.Length; k++)
        {
            if (rights[k] != chosen && (rightOwner[rights[k]] < 0 || rightOwner[rights[k]] == left))
            {
                runnerUp = Math.Max(runnerUp, probabilityOfPattern(candidates.Patterns[left][k]));
            }
        }

        return runnerUp;
    }

    private static Assignment Outcome(
        int left,
        int right,
        ScoredCandidates candidates,
        Func<int, double> probabilityOfPattern,
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
            var p = probabilityOfPattern(candidates.Patterns[left][index]);
            return new Assignment(linked, p, MatchStatus.Matched, MatchFlags.DecidedByPerson);
        }

        if (right < 0)
        {
            if (lostRight.TryGetValue(left, out var lost))
            {
                return new Assignment(lost.Right, lost.P, MatchStatus.Review, MatchFlags.ManyToOne);
            }

            return new Assignment(-1, best, MatchStatus.Unmatched, MatchFlags.None);
        }

        var probability = probabilityOfPattern(candidates.Patterns[left][Array.BinarySearch(candidates.Rights[left], right)]);
        var flags = MatchFlags.None;
        if (second >= options.ReviewThreshold && probability - second < options.AmbiguityMargin)
        {
            flags |= MatchFlags.OneToMany;
        }

        if (contested.TryGetValue(right, out var rival) && probability - rival < options.AmbiguityMargin)
        {
            flags |= MatchFlags.ManyToOne;
        }

        var status = probability >= options.AcceptThreshold && flags == MatchFlags.None
            ? MatchStatus.Matched
            : probability >= options.ReviewThreshold ? MatchStatus.Review : MatchStatus.Unmatched;
        return new Assignment(status == MatchStatus.Unmatched ? -1 : right, probability, status, flags);
    }
}
