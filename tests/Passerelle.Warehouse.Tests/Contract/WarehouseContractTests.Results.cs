using Passerelle.Core.Storage;
using Passerelle.Testing;

namespace Passerelle.Warehouse.Tests.Contract;

public abstract partial class WarehouseContractTests
{
    [ContractFact]
    public async Task ReadIndicatorValuesAsync_WithFilters_ReturnsMatchingValuesInOrder()
    {
        // Given indicator values at two levels, one suppressed
        var district = new IndicatorValue("NORM_COMPLIANCE", "2026Q1", OrgLevel.District, "SN-DK-PIK", "", 0.62, 31, 50, false);
        var facility = new IndicatorValue("HEADCOUNT", "2026Q1", OrgLevel.Facility, "SN-001", "cadre=SFE|sex=F", null, null, null, true);
        var region = new IndicatorValue("HEADCOUNT", "2026Q1", OrgLevel.Region, "SN-DK", "cadre=SFE|sex=F", 412, 412, null, false);
        await Warehouse.Results.ReplaceIndicatorValuesAsync("2026Q1", [district, facility, region], Ct);

        // When read with and without filters
        var all = await Warehouse.Results.ReadIndicatorValuesAsync(new IndicatorQuery(), Ct).ToListAsync();
        var headcountAtFacilities = await Warehouse.Results
            .ReadIndicatorValuesAsync(new IndicatorQuery(IndicatorCode: "HEADCOUNT", OrgLevel: OrgLevel.Facility), Ct).ToListAsync();

        // Then values round-trip, ordered by indicator, period, level, unit
        Assert.Equal([facility, region, district], all);
        Assert.Equal([facility], headcountAtFacilities);

        // And read in any order, the same values come, none twice
        var unordered = await Warehouse.Results.ReadIndicatorValuesAsync(new IndicatorQuery(InAnyOrder: true), Ct).ToListAsync();
        Assert.Equal(all.ToHashSet(), unordered.ToHashSet());
        Assert.Equal(all.Count, unordered.Count);
    }

    [ContractFact]
    public async Task ReplaceIndicatorValuesAsync_SamePeriodAgain_ReplacesOnlyThatPeriod()
    {
        // Given values for two periods
        var old = new IndicatorValue("DENSITY_MIDWIFE", "2025", OrgLevel.Country, "SN", "", 3.1, 5_800, 18_700_000, false);
        await Warehouse.Results.ReplaceIndicatorValuesAsync("2025", [old], Ct);
        await Warehouse.Results.ReplaceIndicatorValuesAsync("2026", [old with { Period = "2026", Value = 0 }], Ct);
        var recomputed = old with { Period = "2026", Value = 3.2 };

        // When 2026 is recomputed
        await Warehouse.Results.ReplaceIndicatorValuesAsync("2026", [recomputed], Ct);

        // Then 2026 holds the new value and 2025 is unchanged
        Assert.Equal([old, recomputed], await Warehouse.Results.ReadIndicatorValuesAsync(new IndicatorQuery(IndicatorCode: "DENSITY_MIDWIFE"), Ct).ToListAsync());
    }
}
