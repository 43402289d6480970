namespace Passerelle.Sync.Pipeline;

/// <summary>What a stage did: counts for the run ledger and a line for people.</summary>
public sealed record StageOutcome(long Read, long Written, long Rejected, string French, string English);

/// <summary>Reports stage progress to whoever watches (a console progress bar, a log, the web app).</summary>
public interface ISyncProgress
{
    void StageStarted(string stage, string french);

    void StageFinished(string stage, StageOutcome outcome, TimeSpan duration);

    void StageFailed(string stage, Exception error, TimeSpan duration);
}

/// <summary>Progress nobody watches.</summary>
public sealed class SilentSyncProgress : ISyncProgress
{
    public static SilentSyncProgress Instance { get; } = new();

    public void StageStarted(string stage, string french)
    {
    }

    public void StageFinished(string stage, StageOutcome outcome, TimeSpan duration)
    {
    }

    public void StageFailed(string stage, Exception error, TimeSpan duration)
    {
    }
}
