using System.Globalization;
using Microsoft.Extensions.Logging;
using Passerelle.DemoWorld;
using Passerelle.DemoWorld.Model;
using Passerelle.Emulators.Dhis2;
using Passerelle.Emulators.Faults;
using Passerelle.Emulators.Ihris;
using Passerelle.Emulators.Ihris.Worlds;
using Passerelle.Sync.Composition;
using Passerelle.Sync.Configuration;
using Passerelle.Sync.Pipeline;

namespace Passerelle.Reliability.Tests.Support;

/// <summary>What a reliability world is made of: which regions, which faults, which changes to the generated world.</summary>
internal sealed record SyncWorldOptions
{
    /// <summary>Kédougou, the smallest region: enough facilities and workers for every path, small enough to run often.</summary>
    public IReadOnlyList<string> Regions { get; init; } = ["SN-KE"];

    /// <summary>Months of DHIS2 service data generated.</summary>
    public int Months { get; init; } = 3;

    public int Seed { get; init; } = 20260101;

    public FaultPlan? Dhis2Faults { get; init; }

    public IReadOnlyList<IhrisFault> IhrisFaults { get; init; } = [];

    /// <summary>A DHIS2 state saved by an earlier emulator, so a run continues against « the same server ».</summary>
    public string? Dhis2Snapshot { get; init; }

    public Func<DemoWorldModel, DemoWorldModel>? ChangeWorld { get; init; }

    public int Dhis2TimeoutSeconds { get; init; } = 100;

    /// <summary>iHRIS as its backend serves it: <c>/fhir</c> needs a Bearer token from <c>POST /auth/token</c>.</summary>
    public bool IhrisRequiresToken { get; init; }
}

/// <summary>
/// The demo world behind a DHIS2 emulator and an iHRIS 5 emulator on 127.0.0.1, with faults, and a
/// configuration for Passerelle in its own folder (warehouse, registry file, DHIS2 password file).
/// </summary>
internal sealed class SyncWorld : IAsyncDisposable
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<DemoWorldModel>> GeneratedWorlds = new(StringComparer.Ordinal);

    private SyncWorld(DemoWorldModel world, RunningDhis2Emulator dhis2, RunningIhrisEmulator ihris, PasserelleConfig config, string directory)
    {
        World = world;
        Dhis2 = dhis2;
        Ihris = ihris;
        Config = config;
        Directory = directory;
    }

    public DemoWorldModel World { get; }

    public RunningDhis2Emulator Dhis2 { get; }

    public RunningIhrisEmulator Ihris { get; }

    public PasserelleConfig Config { get; }

    public string Directory { get; }

    public static async Task<SyncWorld> StartAsync(string directory, SyncWorldOptions options)
    {
        System.IO.Directory.CreateDirectory(directory);
        var world = Generated(options);
        world = options.ChangeWorld?.Invoke(world) ?? world;
        var registryFile = Path.Combine(directory, "carte-sanitaire.csv");
        RegistryFileWriter.WriteCsv(world, registryFile);
        var dhis2 = await Dhis2Emulator.StartAsync(new Dhis2EmulatorOptions { World = Dhis2World.Demo(world), Faults = options.Dhis2Faults }, CancellationToken.None);
        if (options.Dhis2Snapshot is not null)
        {
            await Dhis2StoreSnapshot.RestoreAsync(dhis2.Store, options.Dhis2Snapshot, CancellationToken.None);
        }

        var store = new IhrisFhirStore(TimeProvider.System);
        IhrisWorlds.LoadDemoWorld(store, world, IhrisQuirks.All);
        var ihrisOptions = new IhrisEmulatorOptions { RequireToken = options.IhrisRequiresToken };
        if (options.IhrisFaults.Count > 0)
        {
            ihrisOptions.ConfigurePipeline = HttpFaultMiddleware.For(options.IhrisFaults);
        }

        var ihris = await IhrisEmulator.StartAsync(store, ihrisOptions, CancellationToken.None);
        var passwordFile = Path.Combine(directory, "dhis2.password");
        await File.WriteAllTextAsync(passwordFile, Dhis2User.Admin.Password);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(passwordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        var config = new PasserelleConfig
        {
            Scope = new ScopeConfig { Regions = [.. options.Regions], ReferenceDate = new DateOnly(2026, 10, 31) },
            Warehouse = Path.Combine(directory, "passerelle.duckdb"),
            Dhis2 = new Dhis2Config
            {
                Url = dhis2.BaseUrl.ToString(),
                Username = Dhis2User.Admin.Username,
                PasswordFile = passwordFile,
                ChunkSize = 500,
                TimeoutSeconds = options.Dhis2TimeoutSeconds,
            },
            Ihris = new IhrisConfig { Kind = "fhir", Url = ihris.FhirBaseUrl.ToString(), PageSize = 200 },
            HealthMap = new HealthMapConfig { Facilities = registryFile },
        };
        ConfigLoader.Validate(config, "reliability");
        return new SyncWorld(world, dhis2, ihris, config, directory);
    }

    /// <summary>
    /// The generated world for these options, made once per test run: generation is deterministic and the model
    /// immutable (changes are copies), so every world of the same options starts from the same value.
    /// </summary>
    private static DemoWorldModel Generated(SyncWorldOptions options)
    {
        var key = string.Create(CultureInfo.InvariantCulture, $"{options.Seed}|{string.Join(',', options.Regions)}|{options.Months}");
        return GeneratedWorlds.GetOrAdd(key, _ => new Lazy<DemoWorldModel>(() =>
            DemoWorldGenerator.Generate(DemoWorldOptions.Default with { Seed = options.Seed, RegionCodes = options.Regions, Months = options.Months }))).Value;
    }

    /// <summary>A whole sync in this process (demo pseudonym key), as <c>passerelle sync</c> runs it.</summary>
    public async Task<SyncReport> SyncAsync(ILoggerFactory? loggers = null, SyncRunOptions? options = null)
    {
        await using var session = await SyncSession.OpenAsync(Config, demoMode: true, TimeProvider.System, loggers, CancellationToken.None);
        return await new SyncRunner(session, SilentSyncProgress.Instance).RunAsync(options ?? new SyncRunOptions(Actor: "reliability"), CancellationToken.None);
    }

    /// <summary>Passerelle's values in DHIS2 (data elements coded PASS_…), as sorted « de|ou|pe|coc|aoc=value » lines.</summary>
    public IReadOnlyList<string> PasserelleValues() => PasserelleValues(Dhis2.Store);

    public static IReadOnlyList<string> PasserelleValues(Dhis2Store store)
    {
        var ours = store.DataElements
            .Where(e => e["code"]?.GetValue<string>()?.StartsWith("PASS", StringComparison.Ordinal) == true)
            .Select(e => e["id"]!.GetValue<string>())
            .ToHashSet(StringComparer.Ordinal);
        return store.DataValues
            .Where(v => !v.Deleted && ours.Contains(v.Key.DataElement))
            .Select(v => string.Create(CultureInfo.InvariantCulture, $"{v.Key}={v.Value}"))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Writes passerelle.yaml for a child <c>passerelle sync</c> process.</summary>
    public string WriteYaml(string extra = "")
    {
        var path = Path.Combine(Directory, "passerelle.yaml");
        var regions = string.Join(", ", Config.Scope.Regions);
        File.WriteAllText(path, $"""
            scope:
              regions: [{regions}]
              referenceDate: 2026-10-31
            warehouse: {Config.Warehouse}
            dhis2:
              url: {Config.Dhis2.Url}
              username: {Config.Dhis2.Username}
              passwordFile: {Config.Dhis2.PasswordFile}
              chunkSize: {Config.Dhis2.ChunkSize}
            ihris:
              kind: fhir
              url: {Config.Ihris.Url}
              pageSize: 200
              access: {Config.Ihris.Access}
              {(Config.Ihris.Email is null ? "" : "email: " + Config.Ihris.Email)}
              {(Config.Ihris.PasswordFile is null ? "" : "passwordFile: " + Config.Ihris.PasswordFile)}
            healthMap:
              facilities: {Config.HealthMap.Facilities}
            {extra}
            """);
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        await Ihris.DisposeAsync();
        await Dhis2.DisposeAsync();
    }
}
