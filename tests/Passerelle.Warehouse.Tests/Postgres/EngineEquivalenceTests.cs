using Passerelle.Core.Facilities;
using Passerelle.Core.Geography;
using Passerelle.Core.Norms;
using Passerelle.Core.Storage;
using Passerelle.Core.Workforce;
using Passerelle.Testing;
using Passerelle.Warehouse.Tests.Contract;

namespace Passerelle.Warehouse.Tests.Postgres;

/// <summary>The same inputs through DuckDB and PostgreSQL give the very same reads, row for row.</summary>
public sealed class EngineEquivalenceTests(PostgresServerFixture server) : IClassFixture<PostgresServerFixture>, IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 4, 1, 6, 30, 0, TimeSpan.Zero);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "passerelle-equivalence-" + Guid.NewGuid().ToString("N"));

    private static CancellationToken Ct => CancellationToken.None;

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [PostgresFact]
    public async Task Reads_SameInputsOnBothEngines_AreIdentical()
    {
        // Given the same small world loaded into both engines
        await using var duck = await WarehouseFactory.OpenAsync(Path.Combine(_folder, "entrepot.duckdb"), null, Ct);
        await using var postgres = await WarehouseFactory.OpenAsync(await server.CreateSchemaAsync(), null, Ct);
        await LoadAsync(duck);
        await LoadAsync(postgres);

        // When everything is read back from each
        var fromDuck = await DumpAsync(duck);
        var fromPostgres = await DumpAsync(postgres);

        // Then both give the same rows in the same order
        Assert.NotEmpty(fromDuck);
        Assert.Equal(fromDuck, fromPostgres);
    }

    private static async Task LoadAsync(IWarehouse warehouse)
    {
        var facilities = Enumerable.Range(1, 40).Select(i => new FacilityDimension(
            $"SN-{i:D3}", $"Poste de santé n°{i} « Médina »", (FacilityType)(1 + (i % 7)), "SN-DK", i % 5 == 0 ? null : "SN-DK-PIK",
            i % 3 == 0 ? null : new GeoPoint(14.7 + (i / 1000.0), -17.4 - (i / 1000.0)))).ToList();
        await warehouse.Dimensions.UpsertFacilitiesAsync(facilities, Ct);
        await warehouse.Dimensions.UpsertCadresAsync(NationalCadres.All, Ct);
        var counts = facilities.SelectMany(f => NationalCadres.All.Select((c, k) => new StaffCount(
            "2026Q1", new DateOnly(2026, 3, 31), f.GoldenId, c.Code, (Sex)(k % 3), (EmploymentStatus)(k % 6), (k * 7 + f.GoldenId.Length) % 11)));
        await warehouse.Facts.ReplaceStaffSnapshotAsync("2026Q1", counts, Ct);
        await warehouse.Facts.ReplaceServiceVolumesAsync(
            "202603", facilities.Select((f, i) => new ServiceVolume(i % 2 == 0 ? "CPN1" : "ACC_ASSIST", "202603", f.GoldenId, (i * 13.25) % 97)), Ct);
        await warehouse.Facts.ReplaceStaffingNormsAsync(
            "carte-2018", [new StaffingNorm("carte-2018", new DateOnly(2018, 1, 1), null, FacilityType.PosteDeSante, "IDE", 1, false, "Carte sanitaire")], Ct);
        await warehouse.Results.ReplaceIndicatorValuesAsync(
            "2026Q1",
            facilities.Select((f, i) => new IndicatorValue("NORM_GAP", "2026Q1", OrgLevel.Facility, f.GoldenId, "cadre=IDE", i % 4 == 0 ? null : i / 3.0, i, 3, i % 4 == 0)),
            Ct);
        await warehouse.Crosswalk.UpsertFacilityLinksAsync(
            facilities.Select((f, i) => new FacilityLink(f.GoldenId, SourceSystem.Dhis2, $"ou{i:D8}", i / 40.0, (DecisionStatus)(i % 5), "{\"nom\":0.5}", "matcher", Now)), Ct);
        await warehouse.Staging.ReplaceWorkerRolesAsync(
            SourceSystem.Ihris, Enumerable.Range(0, 50).Select(i => ContractSamples.Role($"p{i:D4}", $"R{i:D4}", $"loc-{i % 9}")), Ct);
    }

    private static async Task<List<string>> DumpAsync(IWarehouse warehouse)
    {
        var lines = new List<string>();
        lines.AddRange((await warehouse.Dimensions.ReadFacilitiesAsync(Ct)).Select(f => f.ToString()));
        lines.AddRange((await warehouse.Dimensions.ReadCadresAsync(Ct)).Select(c => c.ToString()));
        lines.AddRange(await warehouse.Facts.ReadStaffSnapshotAsync("2026Q1", Ct).Select(c => c.ToString()).ToListAsync());
        lines.AddRange(await warehouse.Facts.ReadServiceVolumesAsync("202603", Ct).Select(v => v.ToString()).ToListAsync());
        lines.AddRange((await warehouse.Facts.ReadStaffingNormsAsync(Ct)).Select(n => n.ToString()));
        lines.AddRange(await warehouse.Results.ReadIndicatorValuesAsync(new IndicatorQuery(), Ct).Select(v => v.ToString()).ToListAsync());
        lines.AddRange((await warehouse.Crosswalk.ReadFacilityLinksAsync(null, Ct)).Select(l => l.ToString()));
        lines.AddRange(await warehouse.Staging.ReadWorkerRolesAsync(SourceSystem.Ihris, Ct).Select(r => r.ToString()).ToListAsync());
        return lines;
    }
}
