using Passerelle.Core.Geography;

namespace Passerelle.Core.Tests.Geography;

public sealed class GeoPointTests
{
    [Fact]
    public void DistanceMetresTo_DakarToKaolack_IsAbout150Km()
    {
        // Given Dakar (14.6937, -17.4441) and Kaolack (14.1520, -16.0726)
        var dakar = new GeoPoint(14.6937, -17.4441);
        var kaolack = new GeoPoint(14.1520, -16.0726);

        // When
        var metres = dakar.DistanceMetresTo(kaolack);

        // Then: about 158 km as the crow flies
        Assert.InRange(metres, 150_000, 165_000);
    }

    [Fact]
    public void DistanceMetresTo_SamePoint_IsZero()
    {
        var point = new GeoPoint(13.77, -13.67);
        Assert.Equal(0, point.DistanceMetresTo(point), 6);
    }
}

public sealed class SenegalRegionsTests
{
    [Theory]
    [InlineData("DAKAR", "SN-DK")]
    [InlineData("Région de Dakar", "SN-DK")]
    [InlineData("Region Medicale de Kaolack", "SN-KL")]
    [InlineData("KAOLACK RM", "SN-KL")]
    [InlineData("sn-tc", "SN-TC")]
    [InlineData("Saint Louis", "SN-SL")]
    [InlineData("SAINT-LOUIS", "SN-SL")]
    [InlineData("Région de Kédougou", "SN-KE")]
    [InlineData("KEDOUGOU", "SN-KE")]
    public void Resolve_KnownLabels_GiveTheRegion(string label, string code)
    {
        Assert.Equal(code, SenegalRegions.Resolve(label)?.Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("Bamako")]
    public void Resolve_Unknown_IsNull(string? label)
    {
        Assert.Null(SenegalRegions.Resolve(label));
    }
}
