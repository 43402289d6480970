using Xunit.Abstractions;

namespace Passerelle.Docs.Tests;

/// <summary>Every shell command of the README, the guides and the course runs on the demo, or says why not.</summary>
public sealed class DocumentedCommandsTests(ITestOutputHelper output)
{
    /// <summary>Generous for a demo run per block on a loaded 2-core machine, short enough that a command that never ends (a server left in a bash block) is caught.</summary>
    private static TimeSpan TimeoutFor(int blocks) => TimeSpan.FromMinutes(Math.Min(30, 3 + (2 * blocks)));

    public static TheoryData<string> Groups()
    {
        var data = new TheoryData<string>();
        foreach (var group in DocumentedPages.GroupNames())
        {
            if (DocumentedPages.Blocks(group).Any(b => b.Needs is null))
            {
                data.Add(group);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Groups))]
    public async Task Commands_RunInOrderOnTheDemo_EveryBlockSucceeds(string group)
    {
        // Given the blocks of the page (or of the whole course) that need nothing beyond the demo
        var blocks = DocumentedPages.Blocks(group);
        var runnable = blocks.Where(b => b.Needs is null).ToList();
        foreach (var skipped in blocks.Where(b => b.Needs is not null))
        {
            output.WriteLine($"non exécuté / not run ({skipped.Needs}): {skipped.Where}");
        }

        // When they run one after the other from a copy of the repository root
        var outcome = await DocumentedCommandRunner.RunAsync(group.Replace('/', '_'), runnable, TimeoutFor(runnable.Count));

        // Then every command succeeds
        output.WriteLine($"{runnable.Count} blocs exécutés / blocks run in {outcome.WorkDirectory}");
        Assert.True(
            outcome.Succeeded,
            $"Le bloc {outcome.FailedBlock} a échoué (code {outcome.ExitCode}) / block {outcome.FailedBlock} failed:\n{Tail(outcome.Output, 60)}");
        Directory.Delete(outcome.WorkDirectory, recursive: true);
    }

    [Fact]
    public void Blocks_NotRunOnTheDemo_GiveAKnownReason()
    {
        var unknown = DocumentedPages.GroupNames()
            .SelectMany(DocumentedPages.Blocks)
            .Where(b => b.Needs is not null && !DocumentedPages.AllowedNeeds.Contains(b.Needs))
            .Select(b => $"{b.Where} ({b.Needs})")
            .ToList();

        Assert.True(unknown.Count == 0, "Raisons inconnues / unknown reasons: " + string.Join(", ", unknown));
    }

    [Fact]
    public void Course_HasRunnableCommands_InEveryModule()
    {
        var modules = DocumentedPages.Files(DocumentedPages.Course).Where(f => !f.EndsWith("README.md", StringComparison.Ordinal)).ToList();
        var withoutCommands = modules
            .Where(m => !DocumentedPages.Blocks(DocumentedPages.Course).Any(b => b.File == m && b.Needs is null))
            .ToList();

        Assert.Equal(8, modules.Count);
        Assert.Empty(withoutCommands);
    }

    private static string Tail(string text, int lines)
    {
        var all = text.Split('\n');
        return string.Join('\n', all.Skip(Math.Max(0, all.Length - lines)));
    }
}
