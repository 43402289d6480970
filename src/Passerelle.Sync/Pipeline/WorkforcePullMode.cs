namespace Passerelle.Sync.Pipeline;

/// <summary>How the workforce was read in a run.</summary>
public enum WorkforcePullMode
{
    /// <summary>Every role read again (first run, <c>--full</c>, or a source without a change feed such as iHRIS 4).</summary>
    Full,

    /// <summary>Only what changed since the last successful run's watermark (iHRIS 5: <c>_lastUpdated</c> and <c>_history</c>).</summary>
    Incremental,
}
