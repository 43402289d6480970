using Passerelle.Core.Indicators.Wisn;
using Passerelle.Core.Storage;
using Passerelle.Sync.Analysis;
using Passerelle.Sync.Plan;

namespace Passerelle.Sync.Tests.Analysis;

/// <summary>The reference's WISN worked example (wisn-and-nhwa.md §2.2), fed through the plan's standards and DHIS2 volumes.</summary>
public sealed class WisnAnalysisTests
{
    private const double Tolerance = 1e-6;

    private static WisnStandard WorkedExample() => new()
    {
        Cadre = "IDE",
        WorkingTime = new WorkingTimeStandard { PossibleWorkingDays = 260, PublicHolidays = 13, AnnualLeave = 24, SickLeave = 8, OtherLeave = 5, HoursPerDay = 8 },
        Activities =
        [
            new ActivityStandard { DataElement = "OPD", MinutesPerActivity = 15 },
            new ActivityStandard { DataElement = "ANC", MinutesPerActivity = 20 },
            new ActivityStandard { DataElement = "DEL", MinutesPerActivity = 120 },
            new ActivityStandard { DataElement = "EPI", MinutesPerActivity = 6 },
        ],
        CategoryAllowances =
        [
            new AllowanceStandard { Code = "registers", Hours = 0.5, Frequency = AllowanceFrequency.PerDay },
            new AllowanceStandard { Code = "meeting", Hours = 3, Frequency = AllowanceFrequency.PerMonth },
            new AllowanceStandard { Code = "stock", Hours = 1, Frequency = AllowanceFrequency.PerWeek },
        ],
        IndividualAllowances =
        [
            new AllowanceStandard { Code = "supervision", Hours = 4, Frequency = AllowanceFrequency.PerWeek, StaffDoingIt = 1 },
            new AllowanceStandard { Code = "outreach", Hours = 8 * 12, Frequency = AllowanceFrequency.PerYear, StaffDoingIt = 2 },
        ],
    };

    /// <summary>A year of volumes spread over 12 months: 9 000 OPD, 3 600 ANC, 600 deliveries, 10 000 immunisations.</summary>
    private static ServiceYear Year()
    {
        var months = Enumerable.Range(1, 12).Select(m => $"2026{m:00}").ToList();
        var volumes = months.SelectMany(m => new[]
        {
            new ServiceVolume("OPD", m, "uid-cs", 750), new ServiceVolume("ANC", m, "uid-cs", 300),
            new ServiceVolume("DEL", m, "uid-cs", 50), new ServiceVolume("EPI", m, "uid-cs", 10000 / 12.0),
        });
        return new ServiceYear(volumes, new Dictionary<string, string> { ["uid-cs"] = "CS-1" }, months);
    }

    [Fact]
    public void ForFacility_WorkedExample_GivesTheReferenceFigures()
    {
        // Given the worked example's standards, a year of DHIS2 volumes and 3 nurses in post
        // When WISN is computed for the facility
        var result = WisnAnalysis.ForFacility(WorkedExample(), Year(), "CS-1", 3);

        // Then required = 3.988501, difference = −0.988501, ratio = 0.752162
        Assert.NotNull(result);
        Assert.Equal(565.0 / 168, result.StaffForServices, Tolerance);
        Assert.Equal(560.0 / 499, result.CategoryAllowanceFactor, Tolerance);
        Assert.Equal(3.0 / 14, result.IndividualAllowanceFactor, Tolerance);
        Assert.Equal(3.988501, result.RequiredStaff, Tolerance);
        Assert.Equal(-0.988501, result.Difference, Tolerance);
        Assert.Equal(0.752162, result.Ratio!.Value, Tolerance);
    }

    [Fact]
    public void ForFacility_NoVolumeForAnyActivity_GivesNoValue()
    {
        // Given a facility that reported nothing
        // When WISN is computed
        var result = WisnAnalysis.ForFacility(WorkedExample(), Year(), "CS-OTHER", 2);

        // Then there is no result rather than a need of IAF alone
        Assert.Null(result);
    }

    [Fact]
    public void Compute_WithPlanIndicators_StoresRequiredDifferenceAndRatioByCadre()
    {
        // Given a plan with the three WISN indicators for IDE
        var plan = new AnalysisPlan
        {
            Wisn = [WorkedExample()],
            Indicators =
            [
                new PlanIndicator { Code = "REQ", Formula = "wisn_required", Parameters = new() { ["cadre"] = "IDE" } },
                new PlanIndicator { Code = "DIFF", Formula = "wisn_difference", Parameters = new() { ["cadre"] = "IDE" } },
                new PlanIndicator { Code = "RATIO", Formula = "wisn_ratio", Parameters = new() { ["cadre"] = "IDE" } },
            ],
        };
        StaffCount[] staff = [new("2026", new DateOnly(2026, 12, 31), "CS-1", "IDE", Core.Workforce.Sex.Female, Core.Workforce.EmploymentStatus.CivilServant, 3)];

        // When the analysis runs
        var values = WisnAnalysis.Compute("2026", plan, Year(), staff);

        // Then each indicator has the facility's value, disaggregated by cadre
        Assert.Equal(3.988501, values.Single(v => v.IndicatorCode == "REQ").Value!.Value, Tolerance);
        Assert.Equal(-0.988501, values.Single(v => v.IndicatorCode == "DIFF").Value!.Value, Tolerance);
        Assert.Equal(0.752162, values.Single(v => v.IndicatorCode == "RATIO").Value!.Value, Tolerance);
        Assert.All(values, v => Assert.Equal("cadre=IDE", v.DisaggregationKey));
    }
}
