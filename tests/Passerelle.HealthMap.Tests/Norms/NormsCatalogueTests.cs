using System.Text;
using Passerelle.Core.Facilities;
using Passerelle.Core.Workforce;
using Passerelle.HealthMap.Norms;

namespace Passerelle.HealthMap.Tests.Norms;

public sealed class NormsCatalogueTests
{
    private const string Header = "version,title,valid_from,valid_to,kind,rule_id,facility_types,cadres,threshold,unit,status,is_assumption,source";

    [Theory]
    [InlineData(FacilityType.PosteDeSante, "IDE:1 SFE:1 AI:1")]
    [InlineData(FacilityType.CentreDeSanteType1, "MED:1 SFE:2 IDE:2")]
    [InlineData(FacilityType.CentreDeSanteType2, "MED:2 SFE:2 IDE:2 TSS:1")]
    [InlineData(FacilityType.CaseDeSante, "ASC:1")]
    public void Demo_StaffingMinimums_AreTheAgreedDemoValues(FacilityType type, string expected)
    {
        var edition = NormsCatalogue.Demo.For(new DateOnly(2025, 1, 1));

        var minimums = string.Join(" ", edition.StaffingFor(type).Select(n => $"{n.CadreCode}:{n.MinimumHeadcount}"));

        Assert.Equal(expected, minimums);
    }

    [Fact]
    public void Demo_EveryLevelOfThePyramid_HasStaffingNorms()
    {
        var edition = NormsCatalogue.Demo.For(new DateOnly(2025, 1, 1));

        Assert.All(
            [FacilityType.CaseDeSante, FacilityType.PosteDeSante, FacilityType.CentreDeSanteType1, FacilityType.CentreDeSanteType2,
             FacilityType.EpsNiveau1, FacilityType.EpsNiveau2, FacilityType.EpsNiveau3],
            type => Assert.NotEmpty(edition.StaffingFor(type)));
    }

    [Fact]
    public void Demo_StaffingNorms_AreMarkedAsAssumptionsAndKeepTheirRuleIds()
    {
        var edition = NormsCatalogue.Demo.For(new DateOnly(2025, 1, 1));

        Assert.All(edition.Staffing, rule => Assert.True(rule.Norm.IsAssumption));
        Assert.Contains(edition.Staffing, r => r.RuleId == "STAFF-PS-SFE" && r.Status.StartsWith("ASSUMPTION", StringComparison.Ordinal));
        Assert.All(edition.Staffing, rule => Assert.NotNull(NationalCadres.ByCode(rule.Norm.CadreCode)));
    }

    [Fact]
    public void Demo_CoverageAndDensity_CarryTheVerifiedReferenceNorms()
    {
        var edition = NormsCatalogue.Demo.For(new DateOnly(2025, 1, 1));

        Assert.Equal(10_000, edition.CoverageFor(FacilityType.PosteDeSante)?.MaximumPopulationPerFacility);
        Assert.Equal(50_000, edition.CoverageFor(FacilityType.CentreDeSanteType2)?.MaximumPopulationPerFacility);
        Assert.Equal(150_000, edition.CoverageFor(FacilityType.EpsNiveau3)?.MaximumPopulationPerFacility);
        var midwives = edition.DensityRule("HRH-SFE");
        Assert.Equal(DensityMeasure.Women15To49PerWorker, midwives?.Measure);
        Assert.Equal(300m, midwives?.Threshold);
        Assert.False(midwives?.IsAssumption);
        Assert.Equal(23m, edition.DensityRule("HRH-WHO-2006")?.Threshold);
    }

    [Fact]
    public void For_TwoEditions_PicksTheOneValidOnTheDate()
    {
        // Given: the 2018 edition replaced by a 2024 decree
        var catalogue = NormsCatalogue.Parse(Encoding.UTF8.GetBytes(string.Join("\n",
            Header,
            "carte-2018,Carte 2018,2019-01-01,2023-12-31,staffing,PS-SFE,PS,SFE,1,min headcount,VERIFIED,false,décret",
            "carte-2024,Carte 2024,2024-01-01,,staffing,PS-SFE,PS,SFE,2,min headcount,VERIFIED,false,décret")), "normes.csv");

        // When
        var before = catalogue.For(new DateOnly(2023, 12, 31));
        var after = catalogue.For(new DateOnly(2024, 1, 1));

        // Then
        Assert.Equal("carte-2018", before.Version);
        Assert.Equal(1, before.StaffingFor(FacilityType.PosteDeSante).Single().MinimumHeadcount);
        Assert.Equal("carte-2024", after.Version);
        Assert.Equal(2, after.StaffingFor(FacilityType.PosteDeSante).Single().MinimumHeadcount);
    }

    [Fact]
    public void For_DateBeforeEveryEdition_ThrowsNamingTheDateAndVersions()
    {
        var error = Assert.Throws<InvalidOperationException>(() => NormsCatalogue.Demo.For(new DateOnly(2010, 6, 1)));

        Assert.Contains("2010-06-01", error.Message, StringComparison.Ordinal);
        Assert.Contains("demo-2019", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OverlappingEditions_IsRefused()
    {
        var content = Encoding.UTF8.GetBytes(string.Join("\n",
            Header,
            "a,A,2019-01-01,,staffing,R,PS,SFE,1,min headcount,VERIFIED,false,x",
            "b,B,2024-01-01,,staffing,R,PS,SFE,2,min headcount,VERIFIED,false,x"));

        var error = Assert.Throws<NormsFileException>(() => NormsCatalogue.Parse(content, "normes.csv"));

        Assert.Contains(error.Problems, p => p.Contains("chevauchent", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_SemicolonFileWithBadRows_ReportsEveryRowAndColumn()
    {
        // Given: a ministry file saved from Excel with ';'
        var content = Encoding.UTF8.GetBytes(string.Join("\n",
            Header.Replace(',', ';'),
            "m;M;2024-01-01;;staffing;R1;PS;XYZ;1;min headcount;VERIFIED;false;x",
            "m;M;2024-01-01;;staffing;R2;HOPITAL;SFE;1;min headcount;VERIFIED;false;x",
            "m;M;01/13/2024;;staffing;R3;PS;SFE;1;min headcount;VERIFIED;false;x"));

        // When
        var error = Assert.Throws<NormsFileException>(() => NormsCatalogue.Parse(content, "msas.csv"));

        // Then
        Assert.Contains(error.Problems, p => p.StartsWith("msas.csv:2 [cadres]", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.StartsWith("msas.csv:3 [facility_types]", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.StartsWith("msas.csv:4 [valid_from]", StringComparison.Ordinal));
    }

    [Fact]
    public void With_MinistryEditionAfterTheDemo_KeepsBothSideBySide()
    {
        var demo = NormsCatalogue.Demo;
        var ministry = NormsCatalogue.Parse(Encoding.UTF8.GetBytes(string.Join("\n",
            Header,
            "msas-2030,MSAS 2030,2030-01-01,,coverage,INFRA-PS,PS,,8000,max inhabitants per facility,VERIFIED,false,décret")), "msas.csv");
        var closedDemo = new NormsCatalogue(demo.Editions.Select(e => e with { ValidTo = new DateOnly(2029, 12, 31) }));

        var both = closedDemo.With(ministry);

        Assert.Equal(["demo-2019", "msas-2030"], both.Editions.Select(e => e.Version));
        Assert.Equal(8_000, both.For(new DateOnly(2030, 5, 1)).CoverageFor(FacilityType.PosteDeSante)?.MaximumPopulationPerFacility);
    }
}
