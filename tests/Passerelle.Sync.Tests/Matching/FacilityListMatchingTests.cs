using Passerelle.Sync.Matching;
using Passerelle.Testing;

namespace Passerelle.Sync.Tests.Matching;

public sealed class FacilityListMatchingTests : IDisposable
{
    private static readonly string DataDir = Path.Combine(RepositoryPaths.Root, "tests", "Passerelle.Sync.Tests", "Matching", "Data");
    private readonly string _workDir = Directory.CreateTempSubdirectory("passerelle-match-").FullName;

    [Fact]
    public async Task RunAsync_SmallFiles_WritesGoldenMatches()
    {
        // Given
        var output = Path.Combine(_workDir, "matches.csv");

        // When
        await FacilityListMatching.RunAsync(Data("left.csv"), Data("right.csv"), output, explain: false, options: null, CancellationToken.None);

        // Then
        await AssertGoldenAsync("matches.golden.csv", output);
    }

    [Fact]
    public async Task RunAsync_Explain_WritesGoldenMatchesWithContributions()
    {
        // Given
        var output = Path.Combine(_workDir, "matches-explained.csv");

        // When
        await FacilityListMatching.RunAsync(Data("left.csv"), Data("right.csv"), output, explain: true, options: null, CancellationToken.None);

        // Then
        await AssertGoldenAsync("matches-explained.golden.csv", output);
    }

    [Fact]
    public async Task RunAsync_SmallFiles_HeaderExactAndOneRowPerLeftRecord()
    {
        // Given
        var output = Path.Combine(_workDir, "matches.csv");

        // When
        var summary = await FacilityListMatching.RunAsync(Data("left.csv"), Data("right.csv"), output, explain: false, options: null, CancellationToken.None);

        // Then
        var lines = await File.ReadAllLinesAsync(output);
        Assert.Equal("left_id,right_id,score,status", lines[0]);
        Assert.Equal(summary.LeftCount, lines.Length - 1);
        Assert.All(lines.Skip(1), line =>
        {
            var fields = line.Split(',');
            var score = double.Parse(fields[2], System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(score, 0, 1);
            Assert.Contains(fields[3], new[] { "matched", "review", "unmatched" });
            Assert.Equal(fields[3] == "unmatched", fields[1].Length == 0);
        });
    }

    public void Dispose() => Directory.Delete(_workDir, recursive: true);

    private static string Data(string name) => Path.Combine(DataDir, name);

    /// <summary>Compares with the reviewed golden file; PASSERELLE_UPDATE_GOLDEN=1 rewrites it (then review the diff).</summary>
    private static async Task AssertGoldenAsync(string golden, string actualPath)
    {
        var actual = await File.ReadAllTextAsync(actualPath);
        if (Environment.GetEnvironmentVariable("PASSERELLE_UPDATE_GOLDEN") == "1")
        {
            await File.WriteAllTextAsync(Data(golden), actual);
        }

        Assert.Equal(await File.ReadAllTextAsync(Data(golden)), actual);
    }
}
