using Microsoft.Extensions.DependencyInjection;
using Passerelle.DemoWorld;
using Passerelle.DemoWorld.Model;
using Passerelle.Dhis2;
using Passerelle.Emulators.Dhis2;
using Passerelle.Emulators.Ihris;
using Passerelle.Emulators.Ihris.Worlds;
using Passerelle.Sync.Analysis;
using Passerelle.Sync.Composition;
using Passerelle.Sync.Configuration;
using Passerelle.Sync.Pipeline;
using Passerelle.Sync.Plan;

namespace Passerelle.Sync.Tests.Support;

/// <summary>
/// The Kaolack demo world behind the DHIS2 and iHRIS emulators on 127.0.0.1, its Carte sanitaire as a CSV file,
/// and a configuration pointing at them, in a temporary folder deleted afterwards.
/// </summary>
internal sealed class SyncWorld : IAsyncDisposable
{
    public static readonly DateOnly ReferenceDate = new(2026, 10, 31);

    private static readonly Lazy<DemoWorldModel> Kaolack = new(() =>
        DemoWorldGenerator.Generate(DemoWorldOptions.Default with { RegionCodes = ["SN-KL"] }));

    private SyncWorld(DemoWorldModel world, RunningDhis2Emulator dhis2, RunningIhrisEmulator ihris, DirectoryInfo folder, string registryFile, string passwordFile)
    {
        World = world;
        Dhis2 = dhis2;
        Ihris = ihris;
        Folder = folder;
        RegistryFile = registryFile;
        PasswordFile = passwordFile;
    }

    public DemoWorldModel World { get; }

    public RunningDhis2Emulator Dhis2 { get; }

    public RunningIhrisEmulator Ihris { get; }

    public DirectoryInfo Folder { get; }

    public string RegistryFile { get; }

    private string PasswordFile { get; }

    public static async Task<SyncWorld> StartAsync()
    {
        var world = Kaolack.Value;
        var folder = Directory.CreateTempSubdirectory("passerelle-sync-");
        var registryFile = Path.Combine(folder.FullName, "carte-sanitaire.csv");
        RegistryFileWriter.WriteCsv(world, registryFile);
        var dhis2 = await Dhis2Emulator.StartAsync(new Dhis2EmulatorOptions { World = Dhis2World.Demo(world) }, CancellationToken.None);
        var store = new IhrisFhirStore(TimeProvider.System);
        IhrisWorlds.LoadDemoWorld(store, world, IhrisQuirks.All);
        var ihris = await IhrisEmulator.StartAsync(store, new IhrisEmulatorOptions(), CancellationToken.None);
        var passwordFile = Path.Combine(folder.FullName, "dhis2.password");
        await File.WriteAllTextAsync(passwordFile, Dhis2User.Admin.Password);
        return new SyncWorld(world, dhis2, ihris, folder, registryFile, passwordFile);
    }

    /// <summary>A configuration reading iHRIS 5 from the emulator into a warehouse of its own.</summary>
    public PasserelleConfig Config(string warehouseName) => new()
    {
        Scope = new ScopeConfig { Regions = ["SN-KL"], ReferenceDate = ReferenceDate },
        Warehouse = Path.Combine(Folder.FullName, warehouseName + ".duckdb"),
        Dhis2 = new Dhis2Config { Url = Dhis2.BaseUrl.ToString(), Username = Dhis2User.Admin.Username, PasswordFile = PasswordFile },
        Ihris = new IhrisConfig { Kind = "fhir", Url = Ihris.FhirBaseUrl.ToString(), PageSize = 200 },
        HealthMap = new HealthMapConfig { Facilities = RegistryFile },
    };

    /// <summary>Pulls, aligns and analyses (no push) and returns the report with the staff snapshot it left.</summary>
    public static async Task<(SyncReport Report, IReadOnlyList<Core.Storage.StaffCount> Staff)> SyncAsync(PasserelleConfig config, bool full = false)
    {
        await using var session = await SyncSession.OpenAsync(config, demoMode: true, TimeProvider.System, null, CancellationToken.None);
        var report = await new SyncRunner(session, SilentSyncProgress.Instance).RunAsync(new SyncRunOptions(Push: false, Actor: "test", Full: full), CancellationToken.None);
        var staff = new List<Core.Storage.StaffCount>();
        await foreach (var count in session.Warehouse.Facts.ReadStaffSnapshotAsync(report.Period, CancellationToken.None))
        {
            staff.Add(count);
        }

        return (report, staff);
    }

    /// <summary>A DHIS2 client signed in to the emulator as its administrator, to change things "by hand" in a test.</summary>
    public ServiceProvider Dhis2Services()
    {
        var services = new ServiceCollection();
        services.AddPasserelleDhis2(o =>
        {
            o.BaseUrl = Dhis2.BaseUrl;
            o.Username = Dhis2User.Admin.Username;
            o.Password = Dhis2User.Admin.Password;
        });
        return services.BuildServiceProvider();
    }

    /// <summary>The shipped plan's service data elements as the emulator holds them (uid → code), and the months a sync pulls.</summary>
    public (Dictionary<string, string> CodeOfUid, HashSet<string> Months) ServiceElements()
    {
        var codes = AnalysisPlanLoader.LoadShipped().ServiceDataElements().ToHashSet(StringComparer.Ordinal);
        var codeOfUid = Dhis2.Store.DataElements
            .Where(e => e["code"] is not null && codes.Contains((string)e["code"]!))
            .ToDictionary(e => (string)e["id"]!, e => (string)e["code"]!, StringComparer.Ordinal);
        return (codeOfUid, ServiceYear.MonthsUpTo(ReferenceDate).ToHashSet(StringComparer.Ordinal));
    }

    public async ValueTask DisposeAsync()
    {
        await Ihris.DisposeAsync();
        await Dhis2.DisposeAsync();
        Folder.Delete(recursive: true);
    }
}
