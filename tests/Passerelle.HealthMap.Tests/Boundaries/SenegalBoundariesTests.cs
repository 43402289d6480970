using System.Text.Json;
using Passerelle.Core.Geography;
using Passerelle.HealthMap.Boundaries;

namespace Passerelle.HealthMap.Tests.Boundaries;

public sealed class SenegalBoundariesTests
{
    private static readonly SenegalBoundaries Boundaries = SenegalBoundaries.Default;

    [Fact]
    public void Regions_DissolvedFromDepartments_Are14ValidPolygons()
    {
        Assert.Equal(14, Boundaries.Regions.Count);
        Assert.All(Boundaries.Regions, region =>
        {
            Assert.True(region.Geometry.IsValid, region.Name);
            Assert.Contains(region.Geometry.GeometryType, (string[])["Polygon", "MultiPolygon"]);
        });
    }

    [Fact]
    public void Regions_CarryTheirCodesAndAccentedNames()
    {
        var thies = Assert.Single(Boundaries.Regions, r => r.Pcode == "SN13");

        Assert.Equal("SN-TH", thies.AnsdCode);
        Assert.Equal("Thiès", thies.Name);
        Assert.Equal(3, Boundaries.Departments.Count(d => d.ParentPcode == "SN13"));
    }

    [Fact]
    public void Regions_AreaEqualsTheSumOfTheirDepartments()
    {
        Assert.All(Boundaries.Regions, region =>
        {
            var departments = Boundaries.Departments.Where(d => d.ParentPcode == region.Pcode).Sum(d => d.Geometry.Area);
            Assert.Equal(departments, region.Geometry.Area, 6);
        });
    }

    [Fact]
    public void Departments_Are46()
    {
        Assert.Equal(46, Boundaries.Departments.Count);
    }

    [Theory]
    [InlineData(14.6928, -17.4467, true)]
    [InlineData(12.5605, -12.1747, true)]
    [InlineData(16.0179, -16.4896, true)]
    [InlineData(13.4549, -16.5790, false)]
    [InlineData(14.7706, 17.0611, false)]
    [InlineData(48.8566, 2.3522, false)]
    public void Contains_KnownPlaces_TellsSenegalFromElsewhere(double latitude, double longitude, bool expected)
    {
        // Dakar, Kédougou and Saint-Louis are in; Banjul (The Gambia) and Paris are out.
        Assert.Equal(expected, Boundaries.Contains(new GeoPoint(latitude, longitude)));
    }

    [Fact]
    public void DepartmentAt_PointInMbour_GivesMbour()
    {
        Assert.Equal("Mbour", Boundaries.DepartmentAt(new GeoPoint(14.4199, -16.9636))?.Name);
    }

    [Fact]
    public async Task WriteGeoJsonAsync_Regions_WritesAFeatureCollectionWithCodes()
    {
        using var output = new MemoryStream();

        await Boundaries.WriteGeoJsonAsync(output, BoundaryLevel.Region, CancellationToken.None);

        using var document = JsonDocument.Parse(output.ToArray());
        var features = document.RootElement.GetProperty("features");
        Assert.Equal("FeatureCollection", document.RootElement.GetProperty("type").GetString());
        Assert.Equal(14, features.GetArrayLength());
        Assert.Contains(features.EnumerateArray(), f => f.GetProperty("properties").GetProperty("ansd_code").GetString() == "SN-DK");
    }

    [Fact]
    public void Attribution_NamesOchaAndTheLicence()
    {
        Assert.Contains("OCHA ROWCA", SenegalBoundaries.Attribution, StringComparison.Ordinal);
        Assert.Contains("CC BY-IGO", SenegalBoundaries.Attribution, StringComparison.Ordinal);
    }
}
