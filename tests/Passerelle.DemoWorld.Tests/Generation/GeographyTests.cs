using System.Globalization;
using CsvHelper;
using Passerelle.Core.Facilities;
using Passerelle.DemoWorld.Reference;
using Passerelle.Testing;

namespace Passerelle.DemoWorld.Tests.Generation;

public sealed class GeographyTests
{
    [Fact]
    public void Default_HasDakarKaolackTambacoundaAndTheirRealDistricts()
    {
        // Given
        var world = DemoWorlds.Default;

        // Then
        Assert.Equal(["SN-DK", "SN-KL", "SN-TC"], world.Regions.Select(r => r.Code));
        Assert.Equal(["Dakar", "Kaolack", "Tambacounda"], world.Regions.Select(r => r.Name));
        Assert.Equal(12, world.Districts.Count(d => d.RegionCode == "SN-DK"));
        Assert.Equal(4, world.Districts.Count(d => d.RegionCode == "SN-KL"));
        Assert.Equal(7, world.Districts.Count(d => d.RegionCode == "SN-TC"));
        var names = world.Districts.Select(d => d.Name).ToList();
        Assert.Contains("Guédiawaye", names);
        Assert.Contains("Keur Massar", names);
        Assert.Contains("Guinguinéo", names);
        Assert.Contains("Nioro", names);
        Assert.Contains("Dianké Makha", names);
        Assert.Contains("Maka Coulibantang", names);
    }

    [Fact]
    public void Districts_PopulationsMatchTheReferenceFile()
    {
        // Given: the reference pack's own file, beside the checkout
        var expected = ReadReferenceDistricts();
        var world = DemoWorlds.National;

        // Then
        Assert.Equal(79, world.Districts.Count);
        foreach (var district in world.Districts)
        {
            Assert.Equal(expected[(district.RegionCode, SourceName(district.Name))], district.Population);
        }

        Assert.Equal(19_075_965, world.Districts.Sum(d => d.Population));
    }

    [Fact]
    public void Districts_CodesAreUniqueAndPrefixedByTheirRegion()
    {
        var districts = DemoWorlds.National.Districts;

        Assert.Equal(districts.Count, districts.Select(d => d.Code).Distinct().Count());
        Assert.All(districts, d => Assert.StartsWith(d.RegionCode + "-", d.Code, StringComparison.Ordinal));
        Assert.Contains(districts, d => d.Code == "SN-DK-DC" && d.Name == "Dakar Centre");
    }

    [Fact]
    public void Facilities_LieInsideTheirDepartmentPolygon()
    {
        // Given
        var world = DemoWorlds.Default;
        var reference = SenegalReference.Instance;
        var departmentOf = reference.Districts.ToDictionary(d => d.Code, d => reference.Departments[d.DepartmentPcode]);

        // Then
        Assert.All(world.Facilities, f => Assert.True(departmentOf[f.DistrictCode].Area.Contains(f.Location), $"{f.GoldenId} at {f.Location}"));
    }

    [Fact]
    public void Districts_ShareTheirPopulationBetweenPostesAndCentres()
    {
        // Given
        var world = DemoWorlds.Default;

        // Then: the first level's catchments add up to the district population
        foreach (var district in world.Districts)
        {
            var firstLevel = world.Facilities
                .Where(f => f.DistrictCode == district.Code && f.Type is FacilityType.PosteDeSante or FacilityType.CentreDeSanteType1 or FacilityType.CentreDeSanteType2)
                .Sum(f => f.CatchmentPopulation);
            Assert.Equal(district.Population, firstLevel);
        }
    }

    private static Dictionary<(string Region, string Name), long> ReadReferenceDistricts()
    {
        using var csv = CsvReader.Create(
            File.OpenRead(RepositoryPaths.ReferenceFile("senegal", "data", "health_districts_79.csv")),
            new CsvReaderOptions { Separator = ',' },
            false);
        var rows = new Dictionary<(string, string), long>();
        while (csv.Read())
        {
            var exact = csv.GetString("district_pop_2025_exact");
            var population = long.Parse(exact.Length > 0 ? exact : csv.GetString("district_pop_2025_demo_equal_split"), CultureInfo.InvariantCulture);
            rows[(csv.GetString("region_iso"), csv.GetString("health_district"))] = population;
        }

        return rows;
    }

    /// <summary>The generator's spelling back to the reference file's capitals (Dianké Makha → DIANKHE MAKHAN).</summary>
    private static string SourceName(string name) => name switch
    {
        "Dianké Makha" => "DIANKHE MAKHAN",
        "Maka Coulibantang" => "MAKACOLIBANTANG",
        "Darou Mousty" => "DAROU-MOUSTY",
        _ => Passerelle.DemoWorld.Naming.NameVariants.DropAccents(name).ToUpperInvariant(),
    };
}
