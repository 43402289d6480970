using System.Globalization;
using Passerelle.HealthMap.Population;
using Passerelle.Testing;

namespace Passerelle.HealthMap.Tests.Population;

public sealed class PopulationTableTests
{
    private static readonly PopulationTable Table = PopulationTable.Ansd;

    [Fact]
    public void National_2023_IsThePublishedCensusTotal()
    {
        var national = Table.National(2023);

        Assert.Equal(18_126_390, national.Population);
        Assert.Equal(PopulationMethod.Census, national.Method);
    }

    [Theory]
    [InlineData(PopulationLevel.Region)]
    [InlineData(PopulationLevel.Department)]
    [InlineData(PopulationLevel.HealthDistrict)]
    public void At_EveryLevelAndYear_AddsUpToTheAnsdNationalTotal(PopulationLevel level)
    {
        Assert.All(Table.Years, year =>
            Assert.Equal(Table.National(year).Population, Table.At(level, year).Sum(f => f.Population)));
    }

    [Fact]
    public void At_Counts_Are14Regions46DepartmentsAnd79Districts()
    {
        Assert.Equal(14, Table.At(PopulationLevel.Region, 2025).Count);
        Assert.Equal(46, Table.At(PopulationLevel.Department, 2025).Count);
        Assert.Equal(79, Table.At(PopulationLevel.HealthDistrict, 2025).Count);
        Assert.Equal(Enumerable.Range(2023, 8), Table.Years);
    }

    [Fact]
    public void District_2025_EqualsTheReferenceFileValueForEveryDistrict()
    {
        // Given: reference/senegal/data/health_districts_79.csv, column district_pop_2025_demo_equal_split
        var lines = File.ReadAllLines(RepositoryPaths.ReferenceFile("senegal", "data", "health_districts_79.csv"));
        var header = lines[0].Split(',');
        var nameColumn = Array.IndexOf(header, "health_district");
        var valueColumn = Array.IndexOf(header, "district_pop_2025_demo_equal_split");

        // Then
        Assert.All(lines.Skip(1), line =>
        {
            var cells = line.Split(',');
            Assert.Equal(long.Parse(cells[valueColumn], CultureInfo.InvariantCulture), Table.District(cells[nameColumn], 2025)?.Population);
        });
    }

    [Fact]
    public void District_SharedDepartment_IsMarkedSyntheticWithItsNote()
    {
        var pout = Table.District("Pout", 2025);

        Assert.Equal(PopulationMethod.SyntheticEqualSplit, pout?.Method);
        Assert.Contains("SYNTHETIC", pout?.Note, StringComparison.Ordinal);
        Assert.Equal("SN-TH-TD", pout?.ParentCode);
    }

    [Fact]
    public void District_WholeDepartment_IsTheExactDepartmentFigure()
    {
        var guediawaye = Table.District("Guédiawaye", 2023);

        Assert.Equal(PopulationMethod.DepartmentTotal, guediawaye?.Method);
        Assert.Equal(Table.Department("SN-DK-GU", 2023)?.Population, guediawaye?.Population);
    }

    [Theory]
    [InlineData("Birkilane", "BIRKELANE")]
    [InlineData("Maleme Hoddar", "MALEM HODAR")]
    [InlineData("DS Joal", "JOAL-FADIOUTH")]
    [InlineData("Médina-Yorofoula", "MEDINA YORO FOULAH")]
    [InlineData("District sanitaire de Nioro du Rip", "NIORO")]
    public void District_SpellingVariant_FindsThe2025Name(string variant, string expected)
    {
        Assert.Equal(expected, Table.District(variant, 2025)?.Name);
    }

    [Fact]
    public void Region_ByCodeOrAccentedName_GivesTheSameFigure()
    {
        Assert.Equal(Table.Region("SN-TH", 2025), Table.Region("Thiès", 2025));
        Assert.Equal(2_587_091, Table.Region("THIES", 2025)?.Population);
    }

    [Fact]
    public void Women15To49_WithoutACount_EstimatesWithTheStatedShare()
    {
        var national = Table.National(2025);

        var women = PopulationTable.Women15To49(national);

        Assert.True(women.IsEstimate);
        Assert.Equal(0.24m, women.Share);
        Assert.Equal((long)Math.Round(19_075_965 * 0.24m, MidpointRounding.AwayFromZero), women.Women15To49);
        Assert.Contains("24 %", women.Method, StringComparison.Ordinal);
    }
}
