using System.Security.Cryptography;
using System.Text.Json;
using Passerelle.DemoWorld.Model;

namespace Passerelle.DemoWorld.Tests;

public sealed class DemoWorldGeneratorTests
{
    [Fact]
    public void Generate_SameOptionsTwice_GivesByteIdenticalWorlds()
    {
        // Given
        var options = DemoWorldOptions.Default with { Seed = 7 };

        // When
        var first = Fingerprint(DemoWorldGenerator.Generate(options));
        var second = Fingerprint(DemoWorldGenerator.Generate(options));

        // Then
        Assert.Equal(first, second);
    }

    [Fact]
    public void Generate_AnotherSeed_GivesAnotherWorld()
    {
        // Given
        var options = DemoWorldOptions.Default with { Seed = 7 };

        // When
        var world = DemoWorldGenerator.Generate(options);
        var other = DemoWorldGenerator.Generate(options with { Seed = 8 });

        // Then
        Assert.NotEqual(Fingerprint(world), Fingerprint(other));
        Assert.NotEqual(world.Facilities.Select(f => f.Name), other.Facilities.Select(f => f.Name));
    }

    [Fact]
    public void Generate_RegionsInAnotherOrderOrCase_GivesTheSameWorld()
    {
        // Given
        var options = DemoWorldOptions.Default with { RegionCodes = ["SN-KE", "SN-SE"], Months = 3 };

        // When
        var world = DemoWorldGenerator.Generate(options);
        var shuffled = DemoWorldGenerator.Generate(options with { RegionCodes = ["sn-se", " SN-KE"] });

        // Then
        Assert.Equal(Fingerprint(world with { Options = shuffled.Options }), Fingerprint(shuffled));
    }

    [Fact]
    public void Generate_UnknownRegionCode_ThrowsInFrenchAndEnglishWithTheValidCodes()
    {
        // Given
        var options = DemoWorldOptions.Default with { RegionCodes = ["SN-DK", "SN-XX"] };

        // When
        var error = Assert.Throws<ArgumentException>(() => DemoWorldGenerator.Generate(options));

        // Then
        Assert.Contains("Code(s) de région inconnu(s)", error.Message, StringComparison.Ordinal);
        Assert.Contains("unknown region code(s): SN-XX", error.Message, StringComparison.Ordinal);
        Assert.Contains("SN-ZG (Ziguinchor)", error.Message, StringComparison.Ordinal);
        Assert.Contains("SN-DK (Dakar)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_NoRegion_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => DemoWorldGenerator.Generate(DemoWorldOptions.Default with { RegionCodes = [] }));

        Assert.Contains("no region requested", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-10")]
    [InlineData("202613")]
    [InlineData("")]
    public void Generate_BadLastPeriod_ThrowsNamingTheExpectedFormat(string period)
    {
        var error = Assert.Throws<ArgumentException>(() => DemoWorldGenerator.Generate(DemoWorldOptions.Default with { LastPeriod = period }));

        Assert.Contains("yyyyMM", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(121)]
    public void Generate_MonthsOutOfRange_Throws(int months)
    {
        Assert.Throws<ArgumentException>(() => DemoWorldGenerator.Generate(DemoWorldOptions.Default with { Months = months }));
    }

    [Fact]
    public void AllRegionCodes_ListsTheFourteenIsoCodes()
    {
        Assert.Equal(14, DemoWorldGenerator.AllRegionCodes.Count);
        Assert.All(DemoWorldGenerator.AllRegionCodes, c => Assert.Matches("^SN-[A-Z]{2}$", c));
    }

    private static string Fingerprint(DemoWorldModel world) =>
        Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(world)));
}
