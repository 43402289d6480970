using Passerelle.Core.Storage;
using Passerelle.Core.Workforce;
using Passerelle.Sync.Analysis;

namespace Passerelle.Sync.Tests.Analysis;

/// <summary>The synthetic district of reference/analytics/wisn-and-nhwa.md §3.3, as a region.</summary>
public sealed class DensityAnalysisTests
{
    private static StaffCount Staff(string facility, string cadre, int count) =>
        new("2026", new DateOnly(2026, 10, 31), facility, cadre, Sex.Female, EmploymentStatus.CivilServant, count);

    [Fact]
    public void Compute_SyntheticDistrict_MatchesTheReferenceVector()
    {
        // Given 250,000 people (60,000 women 15–49), 12 doctors, 80 nurses, 30 midwives
        var staff = new[] { Staff("F1", "MED", 12), Staff("F1", "IDE", 80), Staff("F2", "SFE", 30), Staff("F9", "MED", 99) };
        var regionOf = new Dictionary<string, string> { ["F1"] = "SN-KL", ["F2"] = "SN-KL" };

        // When
        var values = DensityAnalysis.Compute("2026", staff, regionOf, [new AreaPopulation("SN-KL", OrgLevel.Region, 250_000, 60_000)]);

        // Then (the facility outside the scope counts nowhere)
        double V(string code) => values.Single(v => v.IndicatorCode == code && v.OrgLevel == OrgLevel.Region).Value!.Value;
        Assert.Equal(0.48, V(DensityAnalysis.DoctorDensity), 9);
        Assert.Equal(3125, V(DensityAnalysis.PopulationPerNurse), 9);
        Assert.Equal(2000, V(DensityAnalysis.WomenPerMidwife), 9);
        Assert.Equal(0.48, values.Single(v => v.IndicatorCode == DensityAnalysis.DoctorDensity && v.OrgLevel == OrgLevel.Country).Value!.Value, 9);
    }

    [Fact]
    public void Compute_NoMidwife_RatioIsUndefined()
    {
        var values = DensityAnalysis.Compute("2026", [], new Dictionary<string, string>(), [new AreaPopulation("SN-TC", OrgLevel.Region, 1_000_000, 240_000)]);

        Assert.Null(values.Single(v => v.IndicatorCode == DensityAnalysis.WomenPerMidwife && v.OrgLevel == OrgLevel.Region).Value);
        Assert.Equal(0, values.Single(v => v.IndicatorCode == DensityAnalysis.MidwifeDensity && v.OrgLevel == OrgLevel.Region).Value);
    }
}
