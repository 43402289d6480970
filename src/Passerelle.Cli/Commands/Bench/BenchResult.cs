namespace Passerelle.Cli.Commands.Bench;

/// <summary>A bench: the world measured, how long it took to set up, and its runs (the first, then the unchanged ones).</summary>
internal sealed record BenchResult(string Scale, int Facilities, int Roles, TimeSpan Setup, IReadOnlyList<BenchRun> Runs)
{
    public IReadOnlyList<BenchRun> Unchanged => Runs.Skip(1).ToList();

    public TimeSpan? UnchangedWallMedian => Median(Unchanged.Select(r => r.Wall));

    public TimeSpan? UnchangedMedian(string stage) =>
        Median(Unchanged.SelectMany(r => r.Stages).Where(s => s.Stage == stage).Select(s => s.Duration));

    private static TimeSpan? Median(IEnumerable<TimeSpan> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? null : sorted[sorted.Count / 2];
    }
}
