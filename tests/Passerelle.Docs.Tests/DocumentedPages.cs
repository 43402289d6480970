using Passerelle.Testing;

namespace Passerelle.Docs.Tests;

/// <summary>
/// The pages whose commands are run, grouped as a reader follows them: the course from its first module
/// to its last in one folder; every other page (README, guides) on its own.
/// </summary>
internal static class DocumentedPages
{
    public const string Course = "course";

    /// <summary>The only reasons a block may give for not being run on the demo.</summary>
    public static readonly IReadOnlySet<string> AllowedNeeds = new HashSet<string>(StringComparer.Ordinal)
    {
        "real-server", // a real DHIS2, iHRIS or ministry server, or root on the host
        "test-suite",  // ./test.sh itself, which runs this test
    };

    public static IReadOnlyList<string> GroupNames()
    {
        var names = new List<string> { Course, "README.md" };
        names.AddRange(Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "docs"), "*.md")
            .Select(f => "docs/" + Path.GetFileName(f))
            .Order(StringComparer.Ordinal));
        return names;
    }

    public static IReadOnlyList<ShellBlock> Blocks(string group) =>
        Files(group).SelectMany(f => MarkdownShellBlocks.Extract(f, File.ReadAllText(Path.Combine(RepositoryPaths.Root, f)))).ToList();

    public static IEnumerable<string> Files(string group) => group == Course
        ? Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "docs", "course"), "*.md")
            .Select(f => "docs/course/" + Path.GetFileName(f))
            .Order(StringComparer.Ordinal)
        : [group];
}
