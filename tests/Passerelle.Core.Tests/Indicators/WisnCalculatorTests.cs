using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Passerelle.Core.Indicators.Wisn;

namespace Passerelle.Core.Tests.Indicators;

/// <summary>The worked example of reference/analytics/wisn-and-nhwa.md §2.2, then invariants from §2.3.</summary>
public sealed class WisnCalculatorTests
{
    private const double Tolerance = 1e-9;

    private static readonly AvailableWorkingTime WorkedExampleTime = new(260, 13, 24, 8, 5, 8);

    private static WisnInputs WorkedExample(double existing = 3) => new(
        WorkedExampleTime,
        [
            new ServiceActivity("consultation", 15, 9000),
            new ServiceActivity("cpn", 20, 3600),
            new ServiceActivity("accouchement", 120, 600),
            new ServiceActivity("vaccination", 6, 10000),
        ],
        [
            new CategoryAllowance("registres", 0.5, AllowanceFrequency.PerDay),
            new CategoryAllowance("reunion", 3, AllowanceFrequency.PerMonth),
            new CategoryAllowance("stock", 1, AllowanceFrequency.PerWeek),
        ],
        [
            new IndividualAllowance("supervision-asc", 4, AllowanceFrequency.PerWeek, 1),
            new IndividualAllowance("strategie-avancee", 8, AllowanceFrequency.PerMonth, 2),
        ],
        existing);

    [Fact]
    public void Calculate_WorkedExample_MatchesEveryStep()
    {
        // Given nurses in a centre de santé (worked example)
        // When
        var result = WisnCalculator.Calculate(WorkedExample());

        // Then every intermediate value is the exact fraction of the reference
        Assert.Equal(210, WorkedExampleTime.Days, Tolerance);
        Assert.Equal(1680, result.AvailableHours, Tolerance);
        Assert.Equal(565.0 / 168, result.StaffForServices, Tolerance);
        Assert.Equal(183.0 / 1680 * 100, result.CategoryAllowancePercent, Tolerance);
        Assert.Equal(560.0 / 499, result.CategoryAllowanceFactor, Tolerance);
        Assert.Equal(3.0 / 14, result.IndividualAllowanceFactor, Tolerance);
        var required = 565.0 / 168 * 560 / 499 + 3.0 / 14;
        Assert.Equal(required, result.RequiredStaff, Tolerance);
        Assert.Equal(3.988501, result.RequiredStaff, 6);
        Assert.Equal(-0.988501, result.Difference, 6);
        Assert.Equal(0.752162, result.Ratio!.Value, 6);
    }

    [Fact]
    public void Calculate_NoWorkloadNoAllowance_RatioIsUndefined()
    {
        var inputs = new WisnInputs(WorkedExampleTime, [new ServiceActivity("consultation", 15, 0)], [], [], 2);

        var result = WisnCalculator.Calculate(inputs);

        Assert.Equal(0, result.RequiredStaff);
        Assert.Null(result.Ratio);
        Assert.Equal(2, result.Difference);
    }

    [Fact]
    public void Calculate_SupportActivitiesFillTheDay_IsRefused()
    {
        var inputs = WorkedExample() with { CategoryAllowances = [new CategoryAllowance("tout", 8, AllowanceFrequency.PerDay)] };

        var error = Assert.Throws<WisnInputException>(() => WisnCalculator.Calculate(inputs));

        Assert.Contains("CAF", error.Message, StringComparison.Ordinal);
    }

    [Property]
    public void Calculate_RequiredNeverDecreasesWithWorkload(PositiveInt extra)
    {
        var baseline = WisnCalculator.Calculate(WorkedExample());
        var heavier = WorkedExample() with
        {
            Activities = [.. WorkedExample().Activities.Select(a => a with { AnnualWorkload = a.AnnualWorkload + extra.Get })],
        };

        Assert.True(WisnCalculator.Calculate(heavier).RequiredStaff >= baseline.RequiredStaff);
    }

    [Property]
    public Property Calculate_RatioTimesRequiredIsExisting() =>
        Prop.ForAll(Gen.Choose(0, 50).ToArbitrary(), existing =>
        {
            var result = WisnCalculator.Calculate(WorkedExample(existing));
            return Math.Abs(result.Ratio!.Value * result.RequiredStaff - existing) < 1e-9
                && Math.Abs(result.Difference - (existing - result.RequiredStaff)) < 1e-9
                && result.CategoryAllowanceFactor >= 1;
        });

    [Property]
    public void Calculate_WithoutIndividualAllowance_ScalesLinearlyWithWorkload(PositiveInt factor)
    {
        var inputs = WorkedExample() with { IndividualAllowances = [] };
        var scaled = inputs with { Activities = [.. inputs.Activities.Select(a => a with { AnnualWorkload = a.AnnualWorkload * factor.Get })] };

        var ratio = WisnCalculator.Calculate(scaled).RequiredStaff / WisnCalculator.Calculate(inputs).RequiredStaff;

        Assert.Equal(factor.Get, ratio, 6);
    }
}
