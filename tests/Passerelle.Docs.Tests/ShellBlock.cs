namespace Passerelle.Docs.Tests;

/// <summary>One fenced <c>bash</c>/<c>sh</c> block of a Markdown page.</summary>
/// <param name="File">Path relative to the repository root.</param>
/// <param name="Line">Line of the opening fence (1-based).</param>
/// <param name="Needs">What the block needs beyond the demo (from <c>&lt;!-- needs: … --&gt;</c>), or null.</param>
internal sealed record ShellBlock(string File, int Line, string Text, string? Needs)
{
    public string Where => $"{File}:{Line}";
}
