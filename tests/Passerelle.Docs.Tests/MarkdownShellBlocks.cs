using System.Text.RegularExpressions;

namespace Passerelle.Docs.Tests;

/// <summary>
/// Reads the shell blocks of a Markdown page: fences opened with <c>```bash</c>, <c>```sh</c> or
/// <c>```shell</c>. A <c>&lt;!-- needs: reason --&gt;</c> comment on the last non-blank line before the
/// fence marks the block as needing something the demo cannot give (a real server).
/// </summary>
internal static partial class MarkdownShellBlocks
{
    private static readonly HashSet<string> ShellLanguages = new(StringComparer.OrdinalIgnoreCase) { "bash", "sh", "shell" };

    public static IReadOnlyList<ShellBlock> Extract(string relativePath, string markdown)
    {
        var lines = markdown.ReplaceLineEndings("\n").Split('\n');
        var blocks = new List<ShellBlock>();
        for (var i = 0; i < lines.Length; i++)
        {
            var fence = Fence().Match(lines[i]);
            if (!fence.Success)
            {
                continue;
            }

            var close = FindClosingFence(lines, i, fence.Groups["ticks"].Value);
            if (close < 0)
            {
                throw new FormatException($"{relativePath}:{i + 1}: bloc de code jamais fermé / code block never closed");
            }

            if (ShellLanguages.Contains(fence.Groups["lang"].Value))
            {
                var text = string.Join('\n', lines[(i + 1)..close]);
                blocks.Add(new ShellBlock(relativePath, i + 1, text, NeedsBefore(lines, i)));
            }

            i = close;
        }

        return blocks;
    }

    private static int FindClosingFence(string[] lines, int open, string ticks)
    {
        for (var j = open + 1; j < lines.Length; j++)
        {
            var trimmed = lines[j].Trim();
            if (trimmed.StartsWith(ticks, StringComparison.Ordinal) && trimmed.TrimStart('`').Length == 0)
            {
                return j;
            }
        }

        return -1;
    }

    private static string? NeedsBefore(string[] lines, int fenceLine)
    {
        for (var j = fenceLine - 1; j >= 0; j--)
        {
            if (lines[j].Trim().Length == 0)
            {
                continue;
            }

            var needs = NeedsComment().Match(lines[j]);
            return needs.Success ? needs.Groups["what"].Value : null;
        }

        return null;
    }

    [GeneratedRegex(@"^\s*(?<ticks>`{3,})\s*(?<lang>[A-Za-z0-9_+-]*)")]
    private static partial Regex Fence();

    [GeneratedRegex(@"^\s*<!--\s*needs:\s*(?<what>[a-z0-9-]+)\s*-->\s*$")]
    private static partial Regex NeedsComment();
}
