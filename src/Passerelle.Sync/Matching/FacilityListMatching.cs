using Passerelle.Core.Facilities;
using Passerelle.Core.Matching;

namespace Passerelle.Sync.Matching;

/// <summary>What <c>passerelle match</c> did.</summary>
public sealed record FacilityListMatchSummary(int LeftCount, int RightCount, int Matched, int Review, int Unmatched, long CandidatePairs);

/// <summary>Matches two facility list files and writes the matches file (the <c>passerelle match</c> command).</summary>
public static class FacilityListMatching
{
    public static async Task<FacilityListMatchSummary> RunAsync(
        string leftPath,
        string rightPath,
        string outPath,
        bool explain,
        FacilityMatchOptions? options,
        CancellationToken cancellationToken)
    {
        var left = await FacilityListCsv.ReadAsync(leftPath, SourceSystem.HealthMap, cancellationToken);
        var right = await FacilityListCsv.ReadAsync(rightPath, SourceSystem.Dhis2, cancellationToken);
        var result = new FacilityMatcher(options).Match(left, right);
        await MatchCsvWriter.WriteAsync(outPath, result, explain, cancellationToken);
        return new FacilityListMatchSummary(
            left.Count,
            right.Count,
            result.Matches.Count(m => m.Status == MatchStatus.Matched),
            result.Matches.Count(m => m.Status == MatchStatus.Review),
            result.Matches.Count(m => m.Status == MatchStatus.Unmatched),
            result.CandidatePairs);
    }
}
