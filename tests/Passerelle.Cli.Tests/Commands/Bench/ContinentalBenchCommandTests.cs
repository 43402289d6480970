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

        // When the bench runs on it
        var exit = await PasserelleApp.RunAsync(["bench", "--scale", "continental", "--workers", "300", "--out", work, "--report", report]);

        // Then every stage is reported with its rows, the DHIS2 side is said not to be measured, and the generated files are gone
        Assert.Equal(0, exit);
        var markdown = await File.ReadAllTextAsync(report);
        Assert.Contains("| gen.dhis2-values | valeurs écrites / values written |", markdown, StringComparison.Ordinal);
        Assert.Contains("| 15,000 |", markdown, StringComparison.Ordinal);
        foreach (var stage in new[] { "gen.healthmap", "gen.ihris", "pull.healthmap", "pull.ihris", "align", "analyze" })
        {
            Assert.Contains($"| {stage} |", markdown, StringComparison.Ordinal);
        }

        Assert.Contains("30 facilities in scope", markdown, StringComparison.Ordinal);
        Assert.Contains("300 roles in scope", markdown, StringComparison.Ordinal);
        Assert.Contains("non mesuré / not measured: pull.dhis2", markdown, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(work, "dhis2-datavalues.csv")));
    }

    [Theory]
    [InlineData("--scale", "planetary")]
    [InlineData("--scale", "national", "--workers", "1000")]
    [InlineData("--scale", "continental", "--workers", "5")]
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
