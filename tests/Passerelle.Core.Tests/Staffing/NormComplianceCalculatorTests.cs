using Passerelle.Core.Facilities;
using Passerelle.Core.Norms;
using Passerelle.Core.Staffing;

namespace Passerelle.Core.Tests.Staffing;

public sealed class NormComplianceCalculatorTests
{
    private static readonly StaffingNorm[] Norms =
    [
        new("carte-2018", new DateOnly(2019, 1, 1), new DateOnly(2023, 12, 31), FacilityType.PosteDeSante, "IDE", 1, true, "test"),
        new("carte-2018", new DateOnly(2019, 1, 1), new DateOnly(2023, 12, 31), FacilityType.PosteDeSante, "SFE", 1, true, "test"),
        new("carte-2024", new DateOnly(2024, 1, 1), null, FacilityType.PosteDeSante, "IDE", 2, true, "test"),
        new("carte-2024", new DateOnly(2024, 1, 1), null, FacilityType.PosteDeSante, "SFE", 1, true, "test"),
    ];

    [Fact]
    public void Check_PosteWithoutMidwife_DoesNotMeetNorm()
    {
        // Given a poste with one nurse and no midwife in 2022
        var headcount = new Dictionary<(string, string), int> { [("PS-1", "IDE")] = 1 };

        // When
        var result = new NormComplianceCalculator(Norms).Check("PS-1", FacilityType.PosteDeSante, new DateOnly(2022, 6, 30), headcount);

        // Then
        Assert.NotNull(result);
        Assert.Equal("carte-2018", result.NormVersion);
        Assert.False(result.MeetsNorm);
        Assert.Equal(-1, result.Cadres.Single(c => c.CadreCode == "SFE").Gap);
        Assert.True(result.Cadres.Single(c => c.CadreCode == "IDE").Meets);
    }

    [Fact]
    public void Check_UsesTheNormValidOnTheDate()
    {
        // Given the same staff, judged under the 2024 edition that asks for two nurses
        var headcount = new Dictionary<(string, string), int> { [("PS-1", "IDE")] = 1, [("PS-1", "SFE")] = 1 };
        var calculator = new NormComplianceCalculator(Norms);

        // When
        var in2022 = calculator.Check("PS-1", FacilityType.PosteDeSante, new DateOnly(2022, 6, 30), headcount);
        var in2025 = calculator.Check("PS-1", FacilityType.PosteDeSante, new DateOnly(2025, 6, 30), headcount);

        // Then
        Assert.True(in2022!.MeetsNorm);
        Assert.False(in2025!.MeetsNorm);
        Assert.Equal("carte-2024", in2025.NormVersion);
    }

    [Fact]
    public void Check_TypeWithoutNorm_ReturnsNull()
    {
        var result = new NormComplianceCalculator(Norms).Check("X", FacilityType.PrivateFacility, new DateOnly(2025, 1, 1), new Dictionary<(string, string), int>());
        Assert.Null(result);
    }
}
