namespace Passerelle.Sync.Pipeline;

/// <summary>A stage that cannot go on; the message says what failed and what to do, in French and English.</summary>
public sealed class SyncStageException(string stage, string message, Exception? inner = null)
    : Exception($"[{stage}] {message}", inner)
{
    public string Stage { get; } = stage;
}
