namespace Passerelle.Docs.Tests;

public sealed class MarkdownShellBlocksTests
{
    [Fact]
    public void Extract_BashAndShFences_KeepsTextLineAndMarker()
    {
        const string page = """
            # Titre

            ```bash
            echo un
            ```

            <!-- needs: real-server -->

            ```sh
            echo deux
            echo trois
            ```

            ```text
            passerelle emulate dhis2
            ```

            ```yaml
            a: 1
            ```
            """;

        var blocks = MarkdownShellBlocks.Extract("page.md", page);

        Assert.Collection(
            blocks,
            b => Assert.Equal(("page.md:3", "echo un", (string?)null), (b.Where, b.Text, b.Needs)),
            b => Assert.Equal(("page.md:9", "echo deux\necho trois", (string?)"real-server"), (b.Where, b.Text, b.Needs)));
    }

    [Fact]
    public void Extract_MarkerSeparatedByText_DoesNotApply()
    {
        const string page = "<!-- needs: real-server -->\nDu texte.\n```bash\nls\n```\n";

        var block = Assert.Single(MarkdownShellBlocks.Extract("p.md", page));

        Assert.Null(block.Needs);
    }

    [Fact]
    public void Extract_UnclosedFence_SaysWhere()
    {
        var error = Assert.Throws<FormatException>(() => MarkdownShellBlocks.Extract("p.md", "x\n```bash\nls\n"));

        Assert.StartsWith("p.md:2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_FenceInsideAnotherLanguage_IsNotRun()
    {
        const string page = "````markdown\n```bash\nrm -rf /\n```\n````\n";

        Assert.Empty(MarkdownShellBlocks.Extract("p.md", page));
    }
}
