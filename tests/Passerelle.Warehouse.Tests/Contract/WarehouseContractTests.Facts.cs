using Passerelle.Core.Facilities;
using Passerelle.Core.Norms;
using Passerelle.Core.Storage;
using Passerelle.Core.Workforce;
using Passerelle.Testing;

namespace Passerelle.Warehouse.Tests.Contract;

public abstract partial class WarehouseContractTests
{
    private static readonly DateOnly SnapshotDate = new(2026, 3, 31);

    [ContractFact]
    public async Task ReplaceStaffSnapshotAsync_SamePeriodAgain_ReplacesOnlyThatPeriod()
    {
        // Given snapshots for two quarters
        var q4 = new StaffCount("2025Q4", new DateOnly(2025, 12, 31), "SN-001", "IDE", Sex.Male, EmploymentStatus.Contract, 2);
        await Warehouse.Facts.ReplaceStaffSnapshotAsync("2025Q4", [q4], Ct);
        await Warehouse.Facts.ReplaceStaffSnapshotAsync("2026Q1", [new StaffCount("2026Q1", SnapshotDate, "SN-001", "IDE", Sex.Male, EmploymentStatus.Contract, 9)], Ct);
        var midwives = new StaffCount("2026Q1", SnapshotDate, "SN-001", "SFE", Sex.Female, EmploymentStatus.CivilServant, 3);
        var nurses = new StaffCount("2026Q1", SnapshotDate, "SN-001", "IDE", Sex.Female, EmploymentStatus.Local, 1);

        // When the first quarter is computed again
        var written = await Warehouse.Facts.ReplaceStaffSnapshotAsync("2026Q1", [midwives, nurses], Ct);

        // Then that quarter holds only the new counts, ordered, and the other quarter is untouched
        Assert.Equal(2, written);
        Assert.Equal([nurses, midwives], await Warehouse.Facts.ReadStaffSnapshotAsync("2026Q1", Ct).ToListAsync());
        Assert.Equal([q4], await Warehouse.Facts.ReadStaffSnapshotAsync("2025Q4", Ct).ToListAsync());
    }

    [ContractFact]
    public async Task ReplaceStaffSnapshotAsync_RowOfAnotherPeriod_FailsAndKeepsThePreviousSnapshot()
    {
        // Given a stored snapshot
        var kept = new StaffCount("2026Q1", SnapshotDate, "SN-001", "SFE", Sex.Female, EmploymentStatus.CivilServant, 3);
        await Warehouse.Facts.ReplaceStaffSnapshotAsync("2026Q1", [kept], Ct);

        // When a replacement carries a row of another period
        var stray = kept with { Period = "2026Q2" };
        await Assert.ThrowsAsync<ArgumentException>(() => Warehouse.Facts.ReplaceStaffSnapshotAsync("2026Q1", [kept with { Headcount = 4 }, stray], Ct));

        // Then the previous snapshot is intact
        Assert.Equal([kept], await Warehouse.Facts.ReadStaffSnapshotAsync("2026Q1", Ct).ToListAsync());
    }

    [ContractFact]
    public async Task ReplaceStaffSnapshotAsync_HundredThousandRows_LoadsThemAll()
    {
        // Given 100,000 staff cells streamed from a generator
        const int Rows = 100_000;
        var cadres = NationalCadres.All.Select(c => c.Code).ToArray();
        var counts = Enumerable.Range(0, Rows).Select(i => new StaffCount(
            "2026Q1", SnapshotDate, $"SN-{i / 40:D5}", cadres[i % cadres.Length], (Sex)(1 + (i / 10 % 2)),
            (EmploymentStatus)(1 + (i / 20 % 2)), 1 + (i % 7)));

        // When they are bulk-loaded
        var written = await Warehouse.Facts.ReplaceStaffSnapshotAsync("2026Q1", counts, Ct);

        // Then every row is stored, with the expected total headcount
        Assert.Equal(Rows, written);
        var (read, headcount) = (0, 0L);
        await foreach (var count in Warehouse.Facts.ReadStaffSnapshotAsync("2026Q1", Ct))
        {
            read++;
            headcount += count.Headcount;
        }

        Assert.Equal(Rows, read);
        Assert.Equal(Enumerable.Range(0, Rows).Sum(i => 1L + (i % 7)), headcount);
    }

    [ContractFact]
    public async Task ReadServiceVolumesAsync_AfterReplace_RoundTripsOrderedByElementThenFacility()
    {
        // Given consultations and deliveries for a month
        var deliveries = new ServiceVolume("ACC_ASSIST", "202601", "SN-001", 14);
        var consultationsB = new ServiceVolume("CPN1", "202601", "SN-002", 120.5);
        var consultationsA = new ServiceVolume("CPN1", "202601", "SN-001", 98);

        // When stored
        await Warehouse.Facts.ReplaceServiceVolumesAsync("202601", [consultationsB, deliveries, consultationsA], Ct);

        // Then they come back ordered
        Assert.Equal([deliveries, consultationsA, consultationsB], await Warehouse.Facts.ReadServiceVolumesAsync("202601", Ct).ToListAsync());
    }

    [ContractFact]
    public async Task ReplaceStaffingNormsAsync_NewEdition_KeepsOtherEditions()
    {
        // Given the 2018 edition and a first draft of 2026
        var norm2018 = new StaffingNorm("carte-2018", new DateOnly(2018, 1, 1), new DateOnly(2025, 12, 31), FacilityType.PosteDeSante, "IDE", 1, false, "Carte sanitaire 2018");
        var draft = new StaffingNorm("carte-2026", new DateOnly(2026, 1, 1), null, FacilityType.PosteDeSante, "IDE", 1, true, "brouillon");
        await Warehouse.Facts.ReplaceStaffingNormsAsync("carte-2018", [norm2018], Ct);
        await Warehouse.Facts.ReplaceStaffingNormsAsync("carte-2026", [draft], Ct);
        var official = draft with { MinimumHeadcount = 2, IsAssumption = false, Source = "Arrêté 2026" };
        var midwife = official with { CadreCode = "SFE", MinimumHeadcount = 1 };

        // When the 2026 edition is replaced by the official table
        await Warehouse.Facts.ReplaceStaffingNormsAsync("carte-2026", [official, midwife], Ct);

        // Then 2018 is kept and 2026 holds the official figures
        Assert.Equal([norm2018, official, midwife], await Warehouse.Facts.ReadStaffingNormsAsync(Ct));
    }

    [ContractFact]
    public async Task ReadCoverageNormsAsync_AfterReplace_RoundTrips()
    {
        // Given a population norm per facility type and a density norm
        var perPost = new CoverageNorm("carte-2018", "population-per-facility", FacilityType.PosteDeSante, null, 10_000, "people", new DateOnly(2018, 1, 1), null, "Carte sanitaire 2018");
        var density = new CoverageNorm("carte-2018", "density", FacilityType.Unknown, "SFE", 4.45, "per-10000", new DateOnly(2018, 1, 1), new DateOnly(2030, 12, 31), "OMS / WHO");

        // When stored
        await Warehouse.Facts.ReplaceCoverageNormsAsync("carte-2018", [perPost, density], Ct);

        // Then they round-trip ordered by code
        Assert.Equal([density, perPost], await Warehouse.Facts.ReadCoverageNormsAsync(Ct));
    }

    [ContractFact]
    public async Task ReadPopulationAsync_AfterUpserts_ReturnsLatestEstimatesOfTheYear()
    {
        // Given estimates for two years, one revised
        var dakar2025 = new PopulationEstimate("SN-DK", 2025, 4_000_000, 1_050_000);
        var dakar2026 = new PopulationEstimate("SN-DK", 2026, 4_100_000, null);
        var pikine2026 = new PopulationEstimate("SN-DK-PIK", 2026, 1_200_000, 310_000);
        await Warehouse.Facts.UpsertPopulationAsync([dakar2025, dakar2026 with { Total = 1 }], Ct);

        // When revised
        await Warehouse.Facts.UpsertPopulationAsync([dakar2026, pikine2026], Ct);

        // Then one year or all years can be read
        Assert.Equal([dakar2026, pikine2026], await Warehouse.Facts.ReadPopulationAsync(2026, Ct));
        Assert.Equal([dakar2025, dakar2026, pikine2026], await Warehouse.Facts.ReadPopulationAsync(null, Ct));
    }
}
