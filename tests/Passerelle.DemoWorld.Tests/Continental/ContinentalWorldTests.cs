using System.Security.Cryptography;
using Passerelle.DemoWorld.Continental;

namespace Passerelle.DemoWorld.Tests.Continental;

public sealed class ContinentalWorldTests : IDisposable
{
    private static readonly ContinentalWorldOptions Small = ContinentalWorldOptions.ForWorkers(1_000);

    private readonly string _folder = Directory.CreateTempSubdirectory("passerelle-continental-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void WriteFiles_SameOptionsTwice_SameBytes()
    {
        // Given two worlds made from the same options
        var first = ContinentalWorld.Create(Small);
        var second = ContinentalWorld.Create(Small);

        // When each writes its three files
        var a = WriteAll(first, "a");
        var b = WriteAll(second, "b");

        // Then the files are identical, byte for byte
        Assert.Equal(a.Select(Hash), b.Select(Hash));
    }

    [Fact]
    public void WriteFiles_OtherSeed_OtherFiles()
    {
        // Given the same counts with another seed
        var other = ContinentalWorld.Create(Small with { Seed = Small.Seed + 1 });

        // When both write their registries
        var a = WriteAll(ContinentalWorld.Create(Small), "a");
        var b = WriteAll(other, "b");

        // Then no file is the same
        Assert.All(a.Zip(b), pair => Assert.NotEqual(Hash(pair.First), Hash(pair.Second)));
    }

    [Fact]
    public void WriteFiles_SmallWorld_WritesTheExactCounts()
    {
        // Given a world of 1 000 workers (100 facilities, 50 000 values)
        var world = ContinentalWorld.Create(Small);

        // When it writes its files
        var facilities = world.WriteRegistry(Path.Combine(_folder, "registry.csv"), CancellationToken.None);
        var workers = world.WriteWorkforceReport(Path.Combine(_folder, "ihris.csv"), CancellationToken.None);
        var values = world.WriteServiceValues(Path.Combine(_folder, "values.csv"), CancellationToken.None);

        // Then the counts are those asked, and the files hold as many rows (header and markup lines aside)
        Assert.Equal((100L, 1_000L, 50_000L), (facilities, workers, values));
        Assert.Equal(1 + 100, File.ReadLines(Path.Combine(_folder, "registry.csv")).Count());
        Assert.Equal(1 + 1 + 1_000 + 1, File.ReadLines(Path.Combine(_folder, "ihris.csv")).Count());
        Assert.Equal(1 + 50_000, File.ReadLines(Path.Combine(_folder, "values.csv")).Count());
    }

    [Fact]
    public void WriteServiceValues_SmallWorld_NoSlotTwiceAndGapsWhereNoServiceIsOffered()
    {
        // Given a small world's values
        var world = ContinentalWorld.Create(Small);
        var path = Path.Combine(_folder, "values.csv");
        world.WriteServiceValues(path, CancellationToken.None);

        // When the rows are read back
        var rows = File.ReadLines(path).Skip(1).Select(l => l.Split(',')).ToList();

        // Then each element, month and facility appears once, and 50 000 of the 72 000 slots are filled: gaps are left
        Assert.Equal(rows.Count, rows.Select(r => (r[0], r[1], r[2])).Distinct().Count());
        Assert.Equal(100, rows.Select(r => r[2]).Distinct().Count());
        Assert.Equal(36, rows.Select(r => r[1]).Distinct().Count());
        Assert.All(rows, r => Assert.True(long.Parse(r[5], System.Globalization.CultureInfo.InvariantCulture) >= 0));
    }

    [Fact]
    public void Create_TenThousandFacilities_ThreeCountriesWithPrefixedDistinctNames()
    {
        // Given options for 100 000 workers (10 000 facilities)
        var options = ContinentalWorldOptions.ForWorkers(100_000);

        // When the continent is laid out
        var world = ContinentalWorld.Create(options);

        // Then it has three national-size countries, each with up to 14 regions and 79 districts
        Assert.Equal(3, world.Countries);
        Assert.InRange(world.Districts, 3 * 50, 3 * 79);
        Assert.InRange(world.Regions, 3 * 9, 3 * 14);
    }

    [Fact]
    public void WriteRegistry_ThreeCountries_DistrictNamesCarryTheirCountryAndNeverRepeat()
    {
        // Given a world of three countries
        var world = ContinentalWorld.Create(ContinentalWorldOptions.ForWorkers(100_000) with { Values = 0 });
        var path = Path.Combine(_folder, "registry.csv");

        // When its registry is written
        world.WriteRegistry(path, CancellationToken.None);

        // Then every district name starts with its country code, and no name is used in two countries
        var districts = File.ReadLines(path).Skip(1).Select(l => l.Split(';')[5]).Distinct().ToList();
        Assert.All(districts, d => Assert.Matches("^C0[1-3] ", d));
        Assert.Equal(districts.Count, districts.Select(d => d[4..]).Distinct().Count());
    }

    [Theory]
    [InlineData(0, 10, 100)]
    [InlineData(10, -1, 100)]
    [InlineData(10, 100, 10 * 20 * 36 + 1)]
    public void Create_ImpossibleCounts_RefusedWithTheReason(int facilities, int workers, long values)
    {
        // Given counts that cannot make a world
        var options = new ContinentalWorldOptions(1, facilities, workers, values);

        // When a world is asked for, Then it is refused, French first
        var error = Assert.Throws<ArgumentException>(() => ContinentalWorld.Create(options));
        Assert.Contains(" / ", error.Message, StringComparison.Ordinal);
    }

    private List<string> WriteAll(ContinentalWorld world, string prefix)
    {
        var paths = new[] { "registry.csv", "ihris.csv", "values.csv" }.Select(f => Path.Combine(_folder, $"{prefix}-{f}")).ToList();
        world.WriteRegistry(paths[0], CancellationToken.None);
        world.WriteWorkforceReport(paths[1], CancellationToken.None);
        world.WriteServiceValues(paths[2], CancellationToken.None);
        return paths;
    }

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
}
