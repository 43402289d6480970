using Passerelle.Core.Facilities;
using Passerelle.Core.Geography;
using Passerelle.Core.Norms;
using Passerelle.Core.Storage;
using Passerelle.Core.Workforce;
using Passerelle.Warehouse;

namespace Passerelle.Sync.Tests.Support;

/// <summary>
/// A small world staged in a throwaway DuckDB warehouse: four registry facilities in Kaolack, their DHIS2
/// units (one renamed, one missing), their iHRIS facilities (one unknown to the registry), a few workers,
/// norms and monthly service volumes keyed by DHIS2 uid, as the pull stores them.
/// </summary>
internal sealed class StagedWorld : IAsyncDisposable
{
    public const string Period = "2026";

    public static readonly DateOnly ReferenceDate = new(2026, 12, 31);

    private readonly DirectoryInfo _folder;

    private bool _closed;

    private StagedWorld(DirectoryInfo folder, IWarehouse warehouse)
    {
        _folder = folder;
        Warehouse = warehouse;
    }

    public IWarehouse Warehouse { get; }

    /// <summary>The folder holding the DuckDB file (<c>entrepot.duckdb</c>), deleted on dispose.</summary>
    public string Folder => _folder.FullName;

    /// <summary>Closes the warehouse, keeping its file, so that another component can open it.</summary>
    public async Task CloseWarehouseAsync()
    {
        if (!_closed)
        {
            _closed = true;
            await Warehouse.DisposeAsync();
        }
    }

    public static async Task<StagedWorld> CreateAsync(string? connectionString = null)
    {
        var folder = Directory.CreateTempSubdirectory("passerelle-staged-");
        var warehouse = await WarehouseFactory.OpenAsync(connectionString ?? Path.Combine(folder.FullName, "entrepot.duckdb"), null, CancellationToken.None);
        var world = new StagedWorld(folder, warehouse);
        await world.StageAsync();
        return world;
    }

    public static SourceFacility Facility(SourceSystem source, string id, string name, FacilityType type, string district, double lat, double lon, params (string Kind, string Code)[] codes) =>
        new(source, id, name, null, type, "Kaolack", district, new GeoPoint(lat, lon), codes.ToDictionary(c => c.Kind, c => c.Code));

    private async Task StageAsync()
    {
        var ct = CancellationToken.None;
        await Warehouse.Staging.ReplaceSourceFacilitiesAsync(SourceSystem.HealthMap,
        [
            Facility(SourceSystem.HealthMap, "KL-PS-001", "Poste de santé de Ndiaffate", FacilityType.PosteDeSante, "Kaolack", 14.10, -16.00),
            Facility(SourceSystem.HealthMap, "KL-PS-002", "Poste de santé de Latmingué", FacilityType.PosteDeSante, "Kaolack", 14.20, -15.90),
            Facility(SourceSystem.HealthMap, "KL-CS-001", "Centre de santé de Nioro du Rip", FacilityType.CentreDeSanteType1, "Nioro", 13.75, -15.80),
            Facility(SourceSystem.HealthMap, "KL-PS-003", "Poste de santé de Paoskoto", FacilityType.PosteDeSante, "Nioro", 13.80, -15.70),
        ], ct);
        await Warehouse.Staging.ReplaceSourceFacilitiesAsync(SourceSystem.Dhis2,
        [
            Facility(SourceSystem.Dhis2, "dhisNdiaff1", "PS Ndiaffate", FacilityType.Unknown, "Kaolack", 14.1001, -16.0002, ("dhis2", "dhisNdiaff1")),
            Facility(SourceSystem.Dhis2, "dhisLatmin1", "Poste Sante Latmingue", FacilityType.Unknown, "Kaolack", 14.2003, -15.9001, ("dhis2", "dhisLatmin1")),
            Facility(SourceSystem.Dhis2, "dhisNioro01", "CS Nioro", FacilityType.Unknown, "Nioro", 13.7502, -15.8001, ("dhis2", "dhisNioro01")),
        ], ct);
        await Warehouse.Staging.ReplaceSourceFacilitiesAsync(SourceSystem.Ihris,
        [
            Facility(SourceSystem.Ihris, "loc-ndiaffate", "Poste de Santé Ndiaffate", FacilityType.PosteDeSante, "Kaolack", 14.1, -16.0),
            Facility(SourceSystem.Ihris, "loc-latmingue", "PS Latmingué", FacilityType.PosteDeSante, "Kaolack", 14.2, -15.9),
            Facility(SourceSystem.Ihris, "loc-nioro", "Centre de Santé Nioro du Rip", FacilityType.CentreDeSanteType1, "Nioro", 13.75, -15.8),
            Facility(SourceSystem.Ihris, "loc-paoskoto", "Poste de santé Paoskoto", FacilityType.PosteDeSante, "Nioro", 13.8, -15.7),
            Facility(SourceSystem.Ihris, "loc-clinique", "Clinique privée Les Palmiers", FacilityType.PrivateFacility, "Kaolack", 14.5, -16.3),
        ], ct);
        await Warehouse.Staging.ReplaceWorkerRolesAsync(SourceSystem.Ihris, Roles().ToAsyncEnumerable(), ct);
        await Warehouse.Facts.ReplaceStaffingNormsAsync("test",
        [
            new StaffingNorm("test", new DateOnly(2019, 1, 1), null, FacilityType.PosteDeSante, "IDE", 1, true, "test"),
            new StaffingNorm("test", new DateOnly(2019, 1, 1), null, FacilityType.PosteDeSante, "SFE", 1, true, "test"),
            new StaffingNorm("test", new DateOnly(2019, 1, 1), null, FacilityType.CentreDeSanteType1, "IDE", 3, true, "test"),
        ], ct);
        for (var month = 1; month <= 12; month++)
        {
            var period = $"2026{month:00}";
            List<ServiceVolume> volumes =
            [
                new("CONS_CURATIVES", period, "dhisNdiaff1", 300),
                new("ACCOUCH_ASSISTES", period, "dhisNdiaff1", 10),
                new("CONS_CURATIVES", period, "dhisNioro01", 750),
                new("CONS_CURATIVES", period, "dhisLatmin1", month == 6 ? 5000 : 200),
            ];
            await Warehouse.Facts.ReplaceServiceVolumesAsync(period, volumes.ToAsyncEnumerable(), ct);
        }
    }

    /// <summary>Ndiaffate: 1 IDE (female), 1 SFE; Nioro: 3 IDE (2 F, 1 M), 1 MED; Latmingué: nobody; the clinic: 1 IDE; one role with no facility.</summary>
    private static IEnumerable<WorkerRole> Roles()
    {
        WorkerRole Role(string worker, string? facility, string cadre, Sex sex) =>
            new(worker, "role-" + worker, facility, "J-" + cadre, null, cadre, sex, 1985, EmploymentStatus.CivilServant, new DateOnly(2020, 1, 1), null, true);

        yield return Role("w1", "loc-ndiaffate", "IDE", Sex.Female);
        yield return Role("w2", "loc-ndiaffate", "SFE", Sex.Female);
        yield return Role("w3", "loc-nioro", "IDE", Sex.Female);
        yield return Role("w4", "loc-nioro", "IDE", Sex.Female);
        yield return Role("w5", "loc-nioro", "IDE", Sex.Male);
        yield return Role("w6", "loc-nioro", "MED", Sex.Male);
        yield return Role("w7", "loc-clinique", "IDE", Sex.Female);
        yield return Role("w8", null, "IDE", Sex.Female);
    }

    public async ValueTask DisposeAsync()
    {
        await CloseWarehouseAsync();
        _folder.Delete(true);
    }
}
