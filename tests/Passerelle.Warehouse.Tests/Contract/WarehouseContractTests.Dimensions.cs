using Passerelle.Core.Facilities;
using Passerelle.Core.Geography;
using Passerelle.Core.Storage;
using Passerelle.Core.Workforce;
using Passerelle.Testing;

namespace Passerelle.Warehouse.Tests.Contract;

public abstract partial class WarehouseContractTests
{
    [ContractFact]
    public async Task ReadAdministrativeUnitsAsync_AfterUpserts_ReturnsLatestByLevelThenCode()
    {
        // Given a region and two districts, one renamed by a second upsert
        var region = new AdministrativeUnit("SN-DK", "DAKAR", AdministrativeLevel.Region, null);
        var pikine = new AdministrativeUnit("SN-DK-PIK", "PIKINE", AdministrativeLevel.HealthDistrict, "SN-DK");
        var keurMassar = new AdministrativeUnit("SN-DK-KM", "KEUR MASSAR", AdministrativeLevel.HealthDistrict, "SN-DK");
        await Warehouse.Dimensions.UpsertAdministrativeUnitsAsync([pikine with { Name = "old" }, region], Ct);

        // When upserted again
        await Warehouse.Dimensions.UpsertAdministrativeUnitsAsync([pikine, keurMassar], Ct);

        // Then each unit appears once, latest version
        Assert.Equal([region, keurMassar, pikine], await Warehouse.Dimensions.ReadAdministrativeUnitsAsync(Ct));
    }

    [ContractFact]
    public async Task ReadFacilitiesAsync_AfterUpsert_RoundTripsWithAndWithoutCoordinates()
    {
        // Given two golden facilities
        var located = new FacilityDimension("SN-001", "Poste de santé Thiaroye", FacilityType.PosteDeSante, "SN-DK", "SN-DK-PIK", new GeoPoint(14.7496, -17.3812));
        var unlocated = new FacilityDimension("SN-002", "EPS Pikine", FacilityType.EpsNiveau2, "SN-DK", null, null);

        // When stored and read
        await Warehouse.Dimensions.UpsertFacilitiesAsync([unlocated, located], Ct);

        // Then they round-trip in id order
        Assert.Equal([located, unlocated], await Warehouse.Dimensions.ReadFacilitiesAsync(Ct));
    }

    [ContractFact]
    public async Task UpsertFacilitiesAsync_HundredsOfFacilities_RoundTripWithNullsAndUpdates()
    {
        // Given 200 facilities, every third without coordinates nor district, stored once with an old name
        var facilities = Enumerable.Range(0, 200).Select(i => new FacilityDimension(
            $"SN-{i:D4}", $"Poste de santé {i}", FacilityType.PosteDeSante, "SN-DK", i % 3 == 0 ? null : "SN-DK-PIK",
            i % 3 == 0 ? null : new GeoPoint(14.7 + (i / 1000.0), -17.4 + (i / 1000.0)))).ToList();
        await Warehouse.Dimensions.UpsertFacilitiesAsync(facilities.Select(f => f with { Name = "ancien nom" }), Ct);

        // When upserted again, then 100 more without any coordinates
        await Warehouse.Dimensions.UpsertFacilitiesAsync(facilities, Ct);
        var unlocated = Enumerable.Range(200, 100).Select(i => new FacilityDimension(
            $"SN-{i:D4}", $"Case de santé {i}", FacilityType.PosteDeSante, "SN-DK", null, null)).ToList();
        await Warehouse.Dimensions.UpsertFacilitiesAsync(unlocated, Ct);

        // Then each facility reads back once, as last stored
        Assert.Equal(facilities.Concat(unlocated), await Warehouse.Dimensions.ReadFacilitiesAsync(Ct));
    }

    [ContractFact]
    public async Task ReadCadresAsync_NationalCadres_RoundTripInCodeOrder()
    {
        // When the national cadres are stored
        await Warehouse.Dimensions.UpsertCadresAsync(NationalCadres.All, Ct);

        // Then they come back whole, ordered by code
        Assert.Equal(NationalCadres.All.OrderBy(c => c.Code, StringComparer.Ordinal), await Warehouse.Dimensions.ReadCadresAsync(Ct));
    }

    [ContractFact]
    public async Task ReadPeriodsAsync_MonthAndQuarter_RoundTripInDateOrder()
    {
        // Given a quarter and its first month
        var quarter = new ReportingPeriod("2026Q1", PeriodType.Quarterly, new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31));
        var month = new ReportingPeriod("202601", PeriodType.Monthly, new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31));

        // When stored
        await Warehouse.Dimensions.UpsertPeriodsAsync([quarter, month], Ct);

        // Then they are ordered by start date then code
        Assert.Equal([month, quarter], await Warehouse.Dimensions.ReadPeriodsAsync(Ct));
    }
}
