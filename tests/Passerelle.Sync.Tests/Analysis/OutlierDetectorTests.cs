using Passerelle.Sync.Analysis;

namespace Passerelle.Sync.Tests.Analysis;

public sealed class OutlierDetectorTests
{
    [Fact]
    public void Scores_OneMonthTwentyFiveTimesTheOthers_IsAnOutlier()
    {
        // Given eleven months near 200 and one at 5 000
        double[] months = [200, 210, 190, 205, 195, 5000, 200, 202, 198, 201, 199, 200];

        // When scored
        var scores = OutlierDetector.Scores(months);

        // Then only June is an outlier
        Assert.Equal([5], scores.Select((s, i) => (s, i)).Where(x => OutlierDetector.IsOutlier(x.s)).Select(x => x.i));
    }

    [Fact]
    public void Scores_SeriesTooShort_JudgesNothing()
    {
        // Given three months
        // When scored
        // Then nothing is judged
        Assert.Empty(OutlierDetector.Scores([1, 2, 300]));
    }
}
