namespace Passerelle.Cli.Tests.Commands.Bench;

/// <summary><c>passerelle bench --scale continental</c>: its options are checked, and it runs end to end at a tiny size.</summary>
public sealed class ContinentalBenchCommandTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("passerelle-bench-continental-");

    public void Dispose() => _directory.Delete(true);

    [Fact]
    public async Task Bench_ContinentalTinyWorld_ReportsEveryStageAndDeletesTheFiles()
    {
        // Given a continental world of 300 workers (30 facilities, 15 000 values)
        var work = Path.Combine(_directory.FullName, "work");
        var report = Path.Combine(_directory.FullName, "bench.md");

        // When the bench runs on it, DHIS2's emulator in the test's process (this process is not passerelle)
        var exit = await PasserelleApp.RunAsync(["bench", "--scale", "continental", "--workers", "300", "--dhis2", "in-process", "--out", work, "--report", report]);

        // Then every stage of a sync is reported with its rows, DHIS2's values are read through its API and the results pushed
        // back, and the generated files are gone
        Assert.Equal(0, exit);
        var markdown = await File.ReadAllTextAsync(report);
        Assert.Contains("| gen.dhis2-values | valeurs écrites / values written |", markdown, StringComparison.Ordinal);
        Assert.Contains("| 15,000 |", markdown, StringComparison.Ordinal);
        foreach (var stage in new[] { "gen.healthmap", "gen.ihris", "pull.healthmap", "pull.dhis2", "pull.ihris", "align", "analyze", "push" })
        {
            Assert.Contains($"| {stage} |", markdown, StringComparison.Ordinal);
        }

        Assert.Contains("30 facilities in scope", markdown, StringComparison.Ordinal);
        Assert.Contains("300 roles in scope", markdown, StringComparison.Ordinal);
        Assert.Matches(@"30 facilities \(level 4\) in scope, [1-9][0-9]* service values read", markdown);
        Assert.Matches(@"push — [^:]+: [1-9][0-9]* sent, [1-9][0-9]* imported", markdown);
        Assert.Contains("15,000 valeurs archivées", markdown, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(work, "dhis2-datavalues.csv")));
    }

    [Fact]
    public async Task Bench_ContinentalWithoutDhis2_SaysTheDhis2StagesWereNotMeasured()
    {
        // Given a tiny continental world
        var work = Path.Combine(_directory.FullName, "work");
        var report = Path.Combine(_directory.FullName, "bench.md");

        // When the bench runs without DHIS2
        var exit = await PasserelleApp.RunAsync(["bench", "--scale", "continental", "--workers", "300", "--dhis2", "none", "--out", work, "--report", report]);

        // Then neither DHIS2 stage runs, and the report says so
        Assert.Equal(0, exit);
        var markdown = await File.ReadAllTextAsync(report);
        Assert.DoesNotContain("| pull.dhis2 |", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("| push |", markdown, StringComparison.Ordinal);
        Assert.Contains("non mesuré / not measured: pull.dhis2", markdown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--scale", "planetary")]
    [InlineData("--scale", "national", "--workers", "1000")]
    [InlineData("--scale", "continental", "--workers", "5")]
    [InlineData("--scale", "continental", "--dhis2", "remote")]
    public async Task Bench_BadOptions_UsageErrorAndNothingWritten(params string[] options)
    {
        // Given options the bench does not take
        var work = Path.Combine(_directory.FullName, "work");

        // When it is asked to run
        var exit = await PasserelleApp.RunAsync(["bench", .. options, "--out", work]);

        // Then it refuses before writing anything
        Assert.NotEqual(0, exit);
        Assert.False(Directory.Exists(work));
    }
}
