using Passerelle.Sync.Pipeline;
using Spectre.Console;

namespace Passerelle.Cli.Console;

/// <summary>Prints each stage as it starts and ends, with its duration: readable in a terminal and in a cron log.</summary>
internal sealed class ConsoleSyncProgress(IAnsiConsole console) : ISyncProgress
{
    public void StageStarted(string stage, string french) =>
        console.MarkupLineInterpolated($"[grey]…[/] {french} [grey]({stage})[/]");

    public void StageFinished(string stage, StageOutcome outcome, TimeSpan duration) =>
        console.MarkupLineInterpolated($"[green]✓[/] {outcome.French} [grey]({duration.TotalSeconds:0.0} s)[/]");

    public void StageFailed(string stage, Exception error, TimeSpan duration) =>
        console.MarkupLineInterpolated($"[red]✗ {stage}[/] : {error.Message}");
}
