using Passerelle.DemoWorld;
using Passerelle.DemoWorld.Model;
using Passerelle.Emulators.Dhis2;
using Passerelle.Emulators.Ihris;
using Passerelle.Emulators.Ihris.Worlds;
using Passerelle.Sync.Configuration;

namespace Passerelle.Cli.Demo;

/// <summary>
/// The demo's world and emulators: a generated Senegal proof of concept served by a DHIS2 emulator and an
/// iHRIS 5 (FHIR) emulator on 127.0.0.1, with a configuration pointing Passerelle at them. What is pushed
/// into the demo DHIS2 is kept in the output folder, so a second run sees it, as with a real server.
/// </summary>
public sealed class DemoEnvironment : IAsyncDisposable
{
    /// <summary>The reference date of the default world: the last day of its last month of service data.</summary>
    public static readonly DateOnly ReferenceDate = new(2026, 10, 31);

    private readonly string _snapshotPath;

    private DemoEnvironment(DemoWorldModel world, RunningDhis2Emulator dhis2, RunningIhrisEmulator ihris, PasserelleConfig config, string directory)
    {
        World = world;
        Dhis2 = dhis2;
        Ihris = ihris;
        Config = config;
        Directory = directory;
        _snapshotPath = Path.Combine(directory, "dhis2-demo-state.json");
    }

    public DemoWorldModel World { get; }

    public RunningDhis2Emulator Dhis2 { get; }

    public RunningIhrisEmulator Ihris { get; }

    public PasserelleConfig Config { get; }

    public string Directory { get; }

    public static Task<DemoEnvironment> StartAsync(string directory, IReadOnlyList<string> regions, int seed, CancellationToken cancellationToken) =>
        StartAsync(directory, regions, seed, DemoWorldScale.ProofOfConcept, cancellationToken);

    public static async Task<DemoEnvironment> StartAsync(
        string directory, IReadOnlyList<string> regions, int seed, DemoWorldScale scale, CancellationToken cancellationToken)
    {
        directory = Path.GetFullPath(directory);
        System.IO.Directory.CreateDirectory(directory);
        var options = DemoWorldOptions.Default with { Seed = seed, RegionCodes = regions, Scale = scale };
        var world = DemoWorldGenerator.Generate(options);
        var registryFile = Path.Combine(directory, "carte-sanitaire.csv");
        RegistryFileWriter.WriteCsv(world, registryFile);

        var dhis2 = await Dhis2Emulator.StartAsync(new Dhis2EmulatorOptions { World = Dhis2World.Demo(world) }, cancellationToken);
        await Dhis2StoreSnapshot.RestoreAsync(dhis2.Store, Path.Combine(directory, "dhis2-demo-state.json"), cancellationToken);
        var store = new IhrisFhirStore(TimeProvider.System);
        IhrisWorlds.LoadDemoWorld(store, world, IhrisQuirks.All);
        var ihris = await IhrisEmulator.StartAsync(store, new IhrisEmulatorOptions(), cancellationToken);

        var passwordFile = Path.Combine(directory, "dhis2.password");
        await File.WriteAllTextAsync(passwordFile, Dhis2User.Admin.Password, cancellationToken);
        var config = new PasserelleConfig
        {
            Scope = new ScopeConfig { Regions = [.. regions], ReferenceDate = ReferenceDate },
            Warehouse = Path.Combine(directory, "passerelle.duckdb"),
            Dhis2 = new Dhis2Config { Url = dhis2.BaseUrl.ToString(), Username = Dhis2User.Admin.Username, PasswordFile = passwordFile, ChunkSize = 500 },
            Ihris = new IhrisConfig { Kind = "fhir", Url = ihris.FhirBaseUrl.ToString(), PageSize = 200 },
            HealthMap = new HealthMapConfig { Facilities = registryFile },
        };
        ConfigLoader.Validate(config, "demo");
        return new DemoEnvironment(world, dhis2, ihris, config, directory);
    }

    /// <summary>Keeps what the demo DHIS2 holds for the next run.</summary>
    public Task SaveDhis2StateAsync(CancellationToken cancellationToken) => Dhis2StoreSnapshot.SaveAsync(Dhis2.Store, _snapshotPath, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await Ihris.DisposeAsync();
        await Dhis2.DisposeAsync();
    }
}
