using Microsoft.Extensions.DependencyInjection;
using Passerelle.Core.Facilities;
using Passerelle.Core.Storage;
using Passerelle.Core.Workforce;
using Passerelle.Dhis2;
using Passerelle.Emulators.Dhis2;
using Passerelle.Emulators.Faults;
using Passerelle.Sync.Analysis;
using Passerelle.Sync.Publishing;
using Passerelle.Warehouse;

namespace Passerelle.Sync.Tests.Publishing;

/// <summary>
/// A warehouse (DuckDB file) holding analysis results for twelve Sierra Leone chiefdoms linked to DHIS2, and the DHIS2
/// emulator over real HTTP: what the publisher needs, without pulling.
/// </summary>
internal sealed class PublishingWorld : IAsyncDisposable
{
    public const string Period = "2025";
    public const int Facilities = 12;

    /// <summary>Per facility: 2 cadres × 3 per-cadre elements + 2 totals.</summary>
    public const int ValuesPerFacility = 8;

    private readonly DirectoryInfo _directory;
    private readonly ServiceProvider _services;

    private PublishingWorld(DirectoryInfo directory, IWarehouse warehouse, RunningDhis2Emulator emulator, ServiceProvider services, Dhis2Client client)
    {
        _directory = directory;
        Warehouse = warehouse;
        Emulator = emulator;
        _services = services;
        Client = client;
    }

    public IWarehouse Warehouse { get; }

    public RunningDhis2Emulator Emulator { get; }

    public Dhis2Client Client { get; }

    public static IReadOnlyList<Cadre> Cadres => [.. NationalCadres.All.Take(2)];

    public static async Task<PublishingWorld> StartAsync(string version = "2.40", FaultPlan? faults = null, bool analyticsFromTables = true, Dhis2User? user = null)
    {
        var directory = Directory.CreateTempSubdirectory("passerelle-publish-");
        var emulator = await Dhis2Emulator.StartAsync(
            new Dhis2EmulatorOptions { Version = version, World = Dhis2World.SierraLeone, Faults = faults, AnalyticsFromTables = analyticsFromTables, AsyncPollsBeforeCompletion = 1 },
            CancellationToken.None);
        var warehouse = await WarehouseFactory.OpenAsync(Path.Combine(directory.FullName, "w.duckdb"), TimeProvider.System, CancellationToken.None);
        var services = new ServiceCollection();
        services.AddPasserelleDhis2(o =>
        {
            o.BaseUrl = emulator.BaseUrl;
            o.Username = (user ?? Dhis2User.Admin).Username;
            o.Password = (user ?? Dhis2User.Admin).Password;
            o.ReadRetries = 0;
            o.AsyncPollInitialDelay = TimeSpan.FromMilliseconds(20);
        });
        var provider = services.BuildServiceProvider();
        var world = new PublishingWorld(directory, warehouse, emulator, provider, provider.GetRequiredService<Dhis2Client>());
        await world.SeedAsync();
        return world;
    }

    public Dhis2Publisher Publisher(int chunkSize = 10, PublisherOptions? options = null) =>
        new(Client, Warehouse, Emulator.BaseUrl, chunkSize, TimeProvider.System, options);

    /// <summary>The DHIS2 uids of the twelve chiefdoms used as facilities.</summary>
    public IReadOnlyList<string> Units { get; private set; } = [];

    /// <summary>Passerelle's values the emulator holds (not deleted).</summary>
    public IReadOnlyList<StoredDataValue> HeldValues()
    {
        var elements = PublicationPlanFactory.PerCadreElements.Concat(PublicationPlanFactory.TotalElements)
            .Select(code => Passerelle.Dhis2.Uids.Dhis2Uid.FromCode("dataElement", code)).ToHashSet(StringComparer.Ordinal);
        return [.. Emulator.Store.DataValues.Where(v => elements.Contains(v.Key.DataElement) && !v.Deleted)];
    }

    /// <summary>Replaces one facility's headcount for the first cadre (a changed result).</summary>
    public Task ChangeHeadcountAsync(int facility, double headcount) => WriteResultsAsync((f, _) => f == facility ? headcount : null);

    private async Task SeedAsync()
    {
        Units = [.. Emulator.Store.OrganisationUnits.Where(u => (int?)u["level"] == 3).Select(u => (string)u["id"]!).Order(StringComparer.Ordinal).Take(Facilities)];
        var now = TimeProvider.System.GetUtcNow();
        await Warehouse.Dimensions.UpsertFacilitiesAsync(
            Units.Select((_, i) => new FacilityDimension(Golden(i), $"Structure {i}", i % 2 == 0 ? FacilityType.PosteDeSante : FacilityType.CaseDeSante, "SN-KL", null, null)),
            CancellationToken.None);
        await Warehouse.Crosswalk.UpsertFacilityLinksAsync(
            Units.Select((uid, i) => new FacilityLink(Golden(i), SourceSystem.Dhis2, uid, 1.0, DecisionStatus.AutoAccepted, "{}", "test", now)),
            CancellationToken.None);
        await WriteResultsAsync((_, _) => null);
    }

    private async Task WriteResultsAsync(Func<int, Cadre, double?> headcountOverride)
    {
        var values = new List<IndicatorValue>();
        for (var f = 0; f < Facilities; f++)
        {
            foreach (var cadre in Cadres)
            {
                var headcount = (cadre == Cadres[0] ? headcountOverride(f, cadre) : null) ?? (f % 4) + 1;
                var norm = 2;
                values.Add(Value(StaffingAnalysis.Headcount, f, $"cadre={cadre.Code}", headcount));
                values.Add(Value(StaffingAnalysis.NormRequired, f, $"cadre={cadre.Code}", norm));
                values.Add(Value(StaffingAnalysis.NormGap, f, $"cadre={cadre.Code}", headcount - norm));
            }

            values.Add(Value(StaffingAnalysis.MeetsNorm, f, "", f % 4 >= 1 ? 1 : 0));
        }

        await Warehouse.Results.ReplaceIndicatorValuesAsync(Period, values.ToAsyncEnumerable(), CancellationToken.None);
    }

    private static IndicatorValue Value(string code, int facility, string disaggregation, double value) =>
        new(code, Period, OrgLevel.Facility, Golden(facility), disaggregation, value, null, null, false);

    private static string Golden(int facility) => $"G{facility:D3}";

    public async ValueTask DisposeAsync()
    {
        await Warehouse.DisposeAsync();
        await _services.DisposeAsync();
        await Emulator.DisposeAsync();
        _directory.Delete(true);
    }
}
