using Passerelle.Core.Facilities;
using Passerelle.Core.Norms;
using Passerelle.Core.Storage;
using Passerelle.Core.Workforce;
using Passerelle.Sync.Analysis;

namespace Passerelle.Sync.Tests.Analysis;

/// <summary>A small world computed by hand: two postes in one district, one centre in another.</summary>
public sealed class StaffingAnalysisTests
{
    private static readonly DateOnly Date = new(2026, 10, 31);

    private static readonly StaffingNorm[] Norms =
    [
        Norm(FacilityType.PosteDeSante, "IDE", 1),
        Norm(FacilityType.PosteDeSante, "SFE", 1),
        Norm(FacilityType.CentreDeSanteType1, "MED", 1),
        Norm(FacilityType.CentreDeSanteType1, "IDE", 2),
    ];

    private static StaffingNorm Norm(FacilityType type, string cadre, int minimum) =>
        new("demo", new DateOnly(2019, 1, 1), null, type, cadre, minimum, true, "test");

    private static WorkerRole Role(string worker, string facility, string? job, string? cadre = null, bool active = true, DateOnly? end = null) =>
        new(worker, $"role-{worker}-{facility}", facility, job, null, cadre, Sex.Female, 1980, EmploymentStatus.CivilServant,
            new DateOnly(2020, 1, 1), end, active);

    private static StaffingInputs Inputs(params WorkerRole[] roles) => new(
        Date,
        "2026",
        [
            new FacilityDimension("PS-A", "Poste A", FacilityType.PosteDeSante, "SN-KL", "Nioro", null),
            new FacilityDimension("PS-B", "Poste B", FacilityType.PosteDeSante, "SN-KL", "Nioro", null),
            new FacilityDimension("CS-C", "Centre C", FacilityType.CentreDeSanteType1, "SN-KL", "Kaffrine", null),
        ],
        new HashSet<string>(),
        roles,
        new Dictionary<string, string> { ["loc-a"] = "PS-A", ["loc-b"] = "PS-B", ["loc-c"] = "CS-C" },
        new Dictionary<string, string> { ["J-ICP"] = "IDE", ["J-SFE"] = "SFE", ["J-MED"] = "MED" },
        Norms);

    [Fact]
    public void Compute_HandWorkedWorld_GivesExpectedComplianceAndShares()
    {
        // Given poste A fully staffed, poste B without a midwife, centre C with one doctor and one nurse
        var result = StaffingAnalysis.Compute(Inputs(
            Role("w1", "loc-a", "J-ICP"),
            Role("w2", "loc-a", "J-SFE"),
            Role("w3", "loc-b", "J-ICP"),
            Role("w4", "loc-c", "J-MED"),
            Role("w5", "loc-c", "J-ICP")));

        // Then only poste A meets its norm: 1 of 3 facilities
        Assert.Equal(5, result.WorkersInPost);
        Assert.Equal(1, result.FacilitiesMeetingNorm);
        Assert.Equal(1.0 / 3, result.ShareMeetingNorm!.Value, 9);
        var centre = result.Compliance.Single(c => c.FacilityId == "CS-C");
        Assert.Equal(-1, centre.Cadres.Single(c => c.CadreCode == "IDE").Gap);

        var nioro = result.Indicators.Single(i => i.IndicatorCode == StaffingAnalysis.ShareMeetingNorm
            && i.OrgLevel == OrgLevel.District && i.UnitId == "Nioro" && i.DisaggregationKey == "");
        Assert.Equal(50, nioro.Value);
        Assert.Equal(1, nioro.Numerator);
        Assert.Equal(2, nioro.Denominator);
        var country = result.Indicators.Single(i => i.IndicatorCode == StaffingAnalysis.ShareMeetingNorm
            && i.OrgLevel == OrgLevel.Country && i.DisaggregationKey == "");
        Assert.Equal(100.0 / 3, country.Value!.Value, 9);
    }

    [Fact]
    public void Compute_EndedUnknownAndUnmappedRoles_AreNotCounted()
    {
        var result = StaffingAnalysis.Compute(Inputs(
            Role("w1", "loc-a", "J-ICP", end: new DateOnly(2025, 12, 31)),
            Role("w2", "loc-a", "J-ICP", active: false),
            Role("w3", "loc-unknown", "J-ICP"),
            Role("w4", "loc-a", "J-NEW")));

        Assert.Equal(0, result.WorkersInPost);
        Assert.Equal(1, result.RolesAtUnknownFacility);
        Assert.Equal(1, result.RolesWithUnmappedJob);
        Assert.Empty(result.Staff);
    }

    [Fact]
    public void Compute_StatedCadreWinsAndDoubleRoleCountsOnce()
    {
        var result = StaffingAnalysis.Compute(Inputs(
            Role("w1", "loc-a", "J-OTHER", cadre: "SFE"),
            Role("w2", "loc-a", "J-ICP") with { RoleId = "r1" },
            Role("w2", "loc-a", "J-ICP") with { RoleId = "r2" }));

        Assert.True(result.Compliance.Single(c => c.FacilityId == "PS-A").MeetsNorm);
        Assert.Equal(1, result.DuplicateWorkers);
        Assert.Equal(1, result.Staff.Single(s => s.CadreCode == "IDE").Headcount);
    }
}
