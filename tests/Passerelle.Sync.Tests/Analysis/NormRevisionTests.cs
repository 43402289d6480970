using Passerelle.Core.Facilities;
using Passerelle.Core.Norms;
using Passerelle.Core.Storage;
using Passerelle.Core.Workforce;
using Passerelle.Sync.Analysis;

namespace Passerelle.Sync.Tests.Analysis;

/// <summary>The Carte sanitaire is revised by decree: a period is measured against the norms edition valid on its count date.</summary>
public sealed class NormRevisionTests
{
    /// <summary>Two editions side by side: one nurse per poste until 2025, two from 2026.</summary>
    private static readonly StaffingNorm[] Editions =
    [
        new("carte-2019", new DateOnly(2019, 1, 1), new DateOnly(2025, 12, 31), FacilityType.PosteDeSante, "IDE", 1, false, "décret 2019"),
        new("carte-2026", new DateOnly(2026, 1, 1), null, FacilityType.PosteDeSante, "IDE", 2, true, "décret 2026 (hypothèse)"),
    ];

    [Theory]
    [InlineData(2025, 1, true)]
    [InlineData(2026, 2, false)]
    public void Compute_SameFacilityOnEitherSideOfARevision_UsesTheNormValidThen(int year, int required, bool meets)
    {
        // Given one poste with one nurse in post in both years
        var date = new DateOnly(year, 12, 31);
        var nurse = new WorkerRole("w1", "role-1", "loc-a", "J-ICP", null, null, Sex.Female, 1980, EmploymentStatus.CivilServant, new DateOnly(2020, 1, 1), null, true);
        var inputs = new StaffingInputs(
            date,
            year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [new FacilityDimension("PS-A", "Poste A", FacilityType.PosteDeSante, "SN-KL", "Nioro", null)],
            new HashSet<string>(),
            [nurse],
            new Dictionary<string, string> { ["loc-a"] = "PS-A" },
            new Dictionary<string, string> { ["J-ICP"] = "IDE" },
            Editions);

        // When the year is analysed
        var compliance = Assert.Single(StaffingAnalysis.Compute(inputs).Compliance);

        // Then the edition in force that year sets the minimum
        Assert.Equal(required, compliance.Cadres.Single(c => c.CadreCode == "IDE").Required);
        Assert.Equal(meets, compliance.MeetsNorm);
    }
}
