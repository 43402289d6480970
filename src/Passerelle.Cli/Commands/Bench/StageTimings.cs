using Passerelle.Sync.Pipeline;

namespace Passerelle.Cli.Commands.Bench;

/// <summary>Records each stage's duration and counts as the runner reports them.</summary>
internal sealed class StageTimings : ISyncProgress
{
    private readonly List<StageTiming> _stages = [];

    public IReadOnlyList<StageTiming> Stages => _stages;

    public void StageStarted(string stage, string french)
    {
    }

    public void StageFinished(string stage, StageOutcome outcome, TimeSpan duration) =>
        _stages.Add(new StageTiming(stage, duration, outcome.Read, outcome.Written));

    public void StageFailed(string stage, Exception error, TimeSpan duration) =>
        throw new InvalidOperationException($"L'étape {stage} a échoué pendant la mesure / stage {stage} failed while measured: {error.Message}", error);
}

/// <param name="Read">Items the stage read (its throughput is read per second).</param>
internal sealed record StageTiming(string Stage, TimeSpan Duration, long Read, long Written)
{
    public double ReadPerSecond => Duration.TotalSeconds > 0 ? Read / Duration.TotalSeconds : 0;
}
