namespace Passerelle.Sync.Analysis;

/// <summary>
/// Outliers in a monthly series by the modified z-score (Iglewicz and Hoaglin): 0.6745 × (x − median) / MAD,
/// an outlier above 3.5 in absolute value. When more than half the values are equal (MAD = 0) the mean absolute
/// deviation stands in, scaled by 1.2533. Series shorter than <see cref="MinimumLength"/> are not judged.
/// </summary>
public static class OutlierDetector
{
    public const double Threshold = 3.5;

    public const int MinimumLength = 6;

    /// <summary>The modified z-score of each value, in input order; empty for a series too short to judge.</summary>
    public static IReadOnlyList<double> Scores(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count < MinimumLength)
        {
            return [];
        }

        var median = Median(values);
        var deviations = values.Select(v => Math.Abs(v - median)).ToList();
        var mad = Median(deviations);
        if (mad > 0)
        {
            return [.. values.Select(v => 0.6745 * (v - median) / mad)];
        }

        var meanDeviation = deviations.Average();
        return meanDeviation > 0 ? [.. values.Select(v => (v - median) / (1.2533 * meanDeviation))] : [.. values.Select(_ => 0.0)];
    }

    public static bool IsOutlier(double score) => Math.Abs(score) > Threshold;

    private static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
