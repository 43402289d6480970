using Passerelle.Core.Matching;

namespace Passerelle.Bench.Matching;

/// <summary>
/// Precision, recall and F1 of the automatic decisions (status matched), and how many rows a
/// person would have to review per 100 left records.
/// </summary>
internal sealed record QualityFigures(
    string Dataset,
    int LeftCount,
    int RightCount,
    int TruePairs,
    int AutoMatched,
    int CorrectAutoMatched,
    int ReviewRows,
    int CorrectReviewProposals,
    long CandidatePairs,
    double Seconds)
{
    /// <summary>CPU time of all threads (user + system), which a busy shared machine does not inflate.</summary>
    public double CpuSeconds { get; init; }

    public double Precision => AutoMatched == 0 ? 1 : (double)CorrectAutoMatched / AutoMatched;

    public double Recall => TruePairs == 0 ? 1 : (double)CorrectAutoMatched / TruePairs;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public double ReviewPer100 => LeftCount == 0 ? 0 : 100.0 * ReviewRows / LeftCount;

    /// <summary>Recall when reviewers accept the right proposals in the review rows.</summary>
    public double RecallAfterReview => TruePairs == 0 ? 1 : (double)(CorrectAutoMatched + CorrectReviewProposals) / TruePairs;

    public static QualityFigures Measure(LabelledLists lists, FacilityMatchResult result, double seconds)
    {
        int auto = 0, correct = 0, review = 0, correctReview = 0;
        foreach (var match in result.Matches)
        {
            var isTrue = lists.TruePairs.TryGetValue(match.LeftId, out var expected) && expected == match.RightId;
            if (match.Status == MatchStatus.Matched)
            {
                auto++;
                correct += isTrue ? 1 : 0;
            }
            else if (match.Status == MatchStatus.Review)
            {
                review++;
                correctReview += isTrue ? 1 : 0;
            }
        }

        return new QualityFigures(lists.Name, lists.Left.Count, lists.Right.Count, lists.TruePairs.Count, auto, correct, review, correctReview, result.CandidatePairs, seconds);
    }
}
