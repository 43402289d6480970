using Passerelle.Core.Indicators.Density;
using Passerelle.Core.Indicators.Suppression;

namespace Passerelle.Core.Tests.Indicators;

/// <summary>Test vectors of reference/analytics/wisn-and-nhwa.md §3.3.</summary>
public sealed class DensityAndSuppressionTests
{
    private static readonly RatioNorm DoctorNorm = new("HRH-MD", "Habitants par médecin", "Inhabitants per doctor", 10_000);
    private static readonly RatioNorm NurseNorm = new("HRH-IDE", "Habitants par infirmier", "Inhabitants per nurse", 5_000);

    [Fact]
    public void SyntheticDistrict_DoctorDensityFailsNurseRatioMeets()
    {
        // Given a district of 250,000 people with 12 doctors, 80 nurses, 30 midwives
        const double population = 250_000;

        // Then
        Assert.Equal(0.48, DensityCalculator.Per10000(12, population)!.Value, 9);
        Assert.False(DoctorNorm.IsMet(population, 12));
        Assert.Equal(3125, DensityCalculator.PopulationPerWorker(population, 80)!.Value, 9);
        Assert.True(NurseNorm.IsMet(population, 80));
        Assert.Equal(4.88, DensityCalculator.Per10000(12 + 80 + 30, population)!.Value, 9);
    }

    [Fact]
    public void PopulationPerWorker_NoWorker_IsUndefinedAndFailsTheNorm()
    {
        Assert.Null(DensityCalculator.PopulationPerWorker(10_000, 0));
        Assert.False(DoctorNorm.IsMet(10_000, 0));
        Assert.Null(DensityCalculator.Per10000(3, 0));
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(4, true)]
    [InlineData(5, false)]
    public void SmallCellPolicy_SuppressesOneToFourAtFacilityCadreSex(int count, bool suppressed)
    {
        var cell = SmallCellPolicy.Default.Apply(Disaggregation.FacilityCadreSex, count);
        Assert.Equal(suppressed, cell.Suppressed);
        Assert.Equal(suppressed ? null : count, cell.Value);
    }

    [Fact]
    public void SmallCellPolicy_DistrictTotals_AreNotSuppressed()
    {
        Assert.False(SmallCellPolicy.Default.Suppresses(Disaggregation.DistrictCadre, 2));
    }
}
