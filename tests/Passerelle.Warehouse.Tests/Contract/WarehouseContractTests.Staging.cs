using Passerelle.Core.Facilities;
using Passerelle.Core.Geography;
using Passerelle.Core.Storage;
using Passerelle.Core.Workforce;
using Passerelle.Testing;

namespace Passerelle.Warehouse.Tests.Contract;

public abstract partial class WarehouseContractTests
{
    [ContractFact]
    public async Task ReplaceSourceFacilitiesAsync_NewSnapshot_ReplacesOnlyThatSource()
    {
        // Given facilities staged from the registry and from DHIS2
        var dhis2 = ContractSamples.Facility(SourceSystem.Dhis2, "ou123", "PS Thiaroye");
        await Warehouse.Staging.ReplaceSourceFacilitiesAsync(
            SourceSystem.HealthMap, [ContractSamples.Facility(SourceSystem.HealthMap, "A", "PS A"), ContractSamples.Facility(SourceSystem.HealthMap, "B", "PS B")], Ct);
        await Warehouse.Staging.ReplaceSourceFacilitiesAsync(SourceSystem.Dhis2, [dhis2], Ct);
        var renamed = ContractSamples.Facility(SourceSystem.HealthMap, "B", "Poste de santé B", new GeoPoint(14.75, -17.39));

        // When the registry delivers a new snapshot
        var count = await Warehouse.Staging.ReplaceSourceFacilitiesAsync(SourceSystem.HealthMap, [renamed], Ct);

        // Then the registry holds only the new snapshot and DHIS2 is untouched
        Assert.Equal(1, count);
        var registry = await Warehouse.Staging.ReadSourceFacilitiesAsync(SourceSystem.HealthMap, Ct).ToListAsync();
        var fromDhis2 = await Warehouse.Staging.ReadSourceFacilitiesAsync(SourceSystem.Dhis2, Ct).ToListAsync();
        var only = Assert.Single(registry);
        Assert.Equal(renamed with { Codes = only.Codes }, only);
        Assert.Equal(renamed.Codes, only.Codes);
        Assert.Equal(dhis2.SourceId, Assert.Single(fromDhis2).SourceId);
    }

    [ContractFact]
    public async Task ReadWorkerRolesAsync_AfterReplace_RoundTripsEveryField()
    {
        // Given pseudonymised roles, one with every optional field empty
        var full = ContractSamples.Role("a1b2c3", "R1") with { End = new DateOnly(2025, 12, 31), Active = false };
        var sparse = new WorkerRole("d4e5f6", "R2", null, null, null, null, Sex.Unknown, null, EmploymentStatus.Unknown, null, null, true);

        // When they are staged and read back
        await Warehouse.Staging.ReplaceWorkerRolesAsync(SourceSystem.Ihris, [full, sparse], Ct);
        var roles = await Warehouse.Staging.ReadWorkerRolesAsync(SourceSystem.Ihris, Ct).ToListAsync();

        // Then they are unchanged
        Assert.Equal([full, sparse], roles);
    }

    [ContractFact]
    public async Task StreamWorkerRolesAsync_AfterReplace_GivesTheSameRolesAsTheOrderedRead()
    {
        // Given roles staged out of role-id order, and one of another source
        WorkerRole[] staged = [ContractSamples.Role("c3", "R3"), ContractSamples.Role("a1", "R1"), ContractSamples.Role("b2", "R2") with { Active = false }];
        await Warehouse.Staging.ReplaceWorkerRolesAsync(SourceSystem.Ihris, staged, Ct);
        await Warehouse.Staging.ReplaceWorkerRolesAsync(SourceSystem.Dhis2, [ContractSamples.Role("d4", "R4")], Ct);

        // When they are streamed in the engine's order
        var streamed = await Warehouse.Staging.StreamWorkerRolesAsync(SourceSystem.Ihris, Ct).ToListAsync();

        // Then they are the source's roles, every field kept, whatever their order
        Assert.Equal(await Warehouse.Staging.ReadWorkerRolesAsync(SourceSystem.Ihris, Ct).ToListAsync(), streamed.OrderBy(r => r.RoleId, StringComparer.Ordinal));
        Assert.Equal(staged.OrderBy(r => r.RoleId, StringComparer.Ordinal), streamed.OrderBy(r => r.RoleId, StringComparer.Ordinal));
    }

    [ContractFact]
    public async Task PurgeStagingOlderThanAsync_RolesPastRetention_DeletesOnlyThose()
    {
        // Given iHRIS roles loaded 40 days ago and DHIS2-side roles loaded now
        await Warehouse.Staging.ReplaceWorkerRolesAsync(SourceSystem.Ihris, [ContractSamples.Role("p1", "R1"), ContractSamples.Role("p2", "R2")], Ct);
        Time.Advance(TimeSpan.FromDays(40));
        await Warehouse.Staging.ReplaceWorkerRolesAsync(SourceSystem.Dhis2, [ContractSamples.Role("p3", "R3")], Ct);

        // When staging older than 30 days is purged
        var purged = await Warehouse.Staging.PurgeStagingOlderThanAsync(TimeSpan.FromDays(30), Ct);

        // Then the old roles are gone and the recent ones stay
        Assert.Equal(2, purged);
        Assert.Empty(await Warehouse.Staging.ReadWorkerRolesAsync(SourceSystem.Ihris, Ct).ToListAsync());
        Assert.Single(await Warehouse.Staging.ReadWorkerRolesAsync(SourceSystem.Dhis2, Ct).ToListAsync());
    }

    [ContractFact]
    public async Task ReadRegistryFacilitiesAsync_AfterReplace_ReturnsTheNewSnapshotByCode()
    {
        // Given a registry snapshot, then a newer one
        var open = new RegistryFacility("SN-002", "Centre de santé Pikine", FacilityType.CentreDeSanteType2, "DAKAR", "PIKINE", new GeoPoint(14.75, -17.4), 85_000, RegistryFacilityStatus.Open);
        var closed = new RegistryFacility("SN-001", "Case de santé Keur Massar", FacilityType.CaseDeSante, "DAKAR", "KEUR MASSAR", null, null, RegistryFacilityStatus.Closed);
        await Warehouse.Staging.ReplaceRegistryFacilitiesAsync([open with { Name = "old" }], Ct);

        // When the newer snapshot replaces it
        await Warehouse.Staging.ReplaceRegistryFacilitiesAsync([open, closed], Ct);

        // Then only the newer snapshot is there, ordered by code
        Assert.Equal([closed, open], await Warehouse.Staging.ReadRegistryFacilitiesAsync(Ct));
    }

    [ContractFact]
    public async Task ReadQuarantineAsync_RowsOfTwoFiles_ReturnsOneFilesRowsInOrder()
    {
        // Given rows set aside from two files
        var runId = Guid.NewGuid();
        var late = new QuarantineRow(runId, "registre.csv", 12, "latitude", "Latitude hors limites / latitude out of range: 214", new string('a', 64), Start);
        var early = new QuarantineRow(runId, "registre.csv", 3, null, "Ligne tronquée / truncated row", new string('b', 64), Start);
        var other = new QuarantineRow(null, "normes.csv", 1, "effectif", "Nombre attendu / number expected", new string('c', 64), Start);
        await Warehouse.Staging.AddQuarantineRowsAsync([late, early, other], Ct);

        // When one file's quarantine is read
        var rows = await Warehouse.Staging.ReadQuarantineAsync("registre.csv", Ct);

        // Then its rows come back in row order, and all rows are there without a filter
        Assert.Equal([early, late], rows);
        Assert.Equal(3, (await Warehouse.Staging.ReadQuarantineAsync(null, Ct)).Count);
    }

    [ContractFact]
    public async Task TryRecordImportAsync_SameContentTwice_RecordsItOnlyOnce()
    {
        // Given a file imported once
        var first = new ImportRecord(new string('f', 64), "registre-2024.csv", "registry", 1450, Start);
        var recorded = await Warehouse.Staging.TryRecordImportAsync(first, Ct);

        // When the same bytes come again under another name
        var again = await Warehouse.Staging.TryRecordImportAsync(first with { FileName = "copie.csv", ImportedAt = Start.AddDays(1) }, Ct);

        // Then the second import is refused and the first record stays
        Assert.True(recorded);
        Assert.False(again);
        Assert.Equal(first, await Warehouse.Staging.FindImportAsync(first.ContentHash, Ct));
        Assert.Null(await Warehouse.Staging.FindImportAsync(new string('0', 64), Ct));
    }

    [ContractFact]
    public async Task ReadSourceFacilitiesAsync_MixedCaseAndAccents_OrdersByteByByte()
    {
        // Given ids that linguistic collations would order differently
        string[] ids = ["é1", "b1", "B1", "a1", "Z1"];
        await Warehouse.Staging.ReplaceSourceFacilitiesAsync(
            SourceSystem.Dhis2, ids.Select(id => ContractSamples.Facility(SourceSystem.Dhis2, id, "PS " + id)), Ct);

        // When read
        var read = await Warehouse.Staging.ReadSourceFacilitiesAsync(SourceSystem.Dhis2, Ct).Select(f => f.SourceId).ToListAsync();

        // Then the order is ordinal, the same on every engine
        Assert.Equal(ids.Order(StringComparer.Ordinal), read);
    }
}
