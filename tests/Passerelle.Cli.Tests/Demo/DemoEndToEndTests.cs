using System.Globalization;
using Passerelle.Cli.Demo;
using Passerelle.Core.Storage;
using Passerelle.Dhis2.Uids;
using Passerelle.Sync.Analysis;
using Passerelle.Sync.Composition;
using Passerelle.Sync.Pipeline;

namespace Passerelle.Cli.Tests.Demo;

/// <summary>
/// The slice end to end over real HTTP on 127.0.0.1: the demo world served by the DHIS2 and iHRIS emulators,
/// pulled through the real connectors, aligned, analysed and pushed. Asserts on what the DHIS2 emulator holds.
/// </summary>
public sealed class DemoEndToEndTests : IAsyncLifetime
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("passerelle-e2e-");

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        _directory.Delete(true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Sync_OnDemoWorld_DHIS2HoldsExactlyWhatWasComputed_AndASecondRunPushesNothing()
    {
        // Given the Kaolack demo world behind the two emulators
        await using var demo = await DemoEnvironment.StartAsync(_directory.FullName, ["SN-KL"], 20260101, CancellationToken.None);

        // When the sync runs
        SyncReport first;
        HashSet<string> linkedToDhis2;
        await using (var session = await SyncSession.OpenAsync(demo.Config, demoMode: true, TimeProvider.System, null, CancellationToken.None))
        {
            first = await new SyncRunner(session, SilentSyncProgress.Instance).RunAsync(new SyncRunOptions(Actor: "test"), CancellationToken.None);
            var links = await session.Warehouse.Crosswalk.ReadFacilityLinksAsync(Core.Facilities.SourceSystem.Dhis2, CancellationToken.None);
            linkedToDhis2 = links.Where(l => l.Status.IsAccepted()).Select(l => l.GoldenId).ToHashSet();
        }

        // Then DHIS2 holds one value per value sent, and each equals the warehouse's result
        Assert.NotNull(first.Push);
        Assert.True(first.Push.ValuesSent > 0);
        Assert.Empty(first.Push.Conflicts);
        var passerelleElements = new[] { StaffingAnalysis.Headcount, StaffingAnalysis.NormRequired, StaffingAnalysis.NormGap, StaffingAnalysis.MeetsNorm, "PASS_NORME_APPLICABLE" }
            .Concat(Sync.Publishing.PublicationPlanFactory.WisnElements.Select(w => w.Code))
            .Select(code => Dhis2Uid.FromCode("dataElement", code))
            .ToHashSet();
        var held = demo.Dhis2.Store.DataValues.Where(v => passerelleElements.Contains(v.Key.DataElement) && !v.Deleted).ToList();
        Assert.Equal(first.Push.ValuesSent, held.Count);

        // And WISN, computed from the service data the pull read from DHIS2, was published
        var wisnNurses = Dhis2Uid.FromCode("dataElement", "PASS_WISN_BESOIN_INF");
        Assert.Contains(held, v => v.Key.DataElement == wisnNurses);

        var meets = Dhis2Uid.FromCode("dataElement", StaffingAnalysis.MeetsNorm);
        // (a registry facility with no DHIS2 counterpart is analysed but has nowhere to go in DHIS2)
        var published = first.Staffing!.Compliance.Where(c => linkedToDhis2.Contains(c.FacilityId)).ToList();
        Assert.True(published.Count > first.Staffing.Compliance.Count * 0.9);
        var meetingInDhis2 = held.Where(v => v.Key.DataElement == meets).Sum(v => int.Parse(v.Value!, CultureInfo.InvariantCulture));
        Assert.Equal(published.Count(c => c.MeetsNorm), meetingInDhis2);
        Assert.Equal(published.Count, held.Count(v => v.Key.DataElement == meets));

        // And the metadata package imported: data set, indicator and dashboard exist
        Assert.NotNull(demo.Dhis2.Store.Object("dataSets", Dhis2Uid.FromCode("dataSet", "PASS_DS_RH")));
        Assert.NotNull(demo.Dhis2.Store.Object("dashboards", Dhis2Uid.FromCode("dashboard", "PASS_DB_RH_CARTE")));

        // When it runs again, the same figures come out and nothing new is sent
        SyncReport? second = null;
        await using (var session = await SyncSession.OpenAsync(demo.Config, demoMode: true, TimeProvider.System, null, CancellationToken.None))
        {
            second = await new SyncRunner(session, SilentSyncProgress.Instance).RunAsync(new SyncRunOptions(Actor: "test"), CancellationToken.None);

            // And a dry run afterwards sees every value unchanged and writes the diff as CSV
            var diffCsv = Path.Combine(_directory.FullName, "diff.csv");
            var dry = await new SyncRunner(session, SilentSyncProgress.Instance)
                .RunAsync(new SyncRunOptions(Pull: false, DryRun: true, DiffCsv: diffCsv, Actor: "test"), CancellationToken.None);
            Assert.True(dry.Push!.DryRun);
            Assert.Empty(dry.Push.Diff.Added);
            Assert.Empty(dry.Push.Diff.Removed);
            Assert.Equal(first.Push.ValuesSent, dry.Push.Diff.Unchanged.Count);
            Assert.Equal(first.Push.ValuesSent + 1, File.ReadAllLines(diffCsv).Length);

            // And the run ledger kept every run with its stages
            var runs = await session.Warehouse.Runs.ListRunsAsync(10, CancellationToken.None);
            Assert.Equal(3, runs.Count);
            Assert.All(runs, r => Assert.Equal(RunStatus.Succeeded, r.Status));
            Assert.Equal(6, runs.Single(r => r.RunId == second.RunId).Stages.Count);
        }

        Assert.Equal(0, second.Push!.ValuesSent);
        Assert.Equal(first.Push.ValuesSent, second.Push.Diff.Unchanged.Count);
        Assert.Equal(first.Staffing.WorkersInPost, second.Staffing!.WorkersInPost);
        Assert.Equal(first.Staffing.FacilitiesMeetingNorm, second.Staffing.FacilitiesMeetingNorm);
    }

    [Fact]
    public async Task Sync_OnlyScopeRegionsMove()
    {
        // Given a world of Kaolack and Tambacounda, with the sync scoped to Kaolack
        await using var demo = await DemoEnvironment.StartAsync(_directory.FullName, ["SN-KL", "SN-TC"], 20260101, CancellationToken.None);
        demo.Config.Scope.Regions = ["SN-KL"];

        await using var session = await SyncSession.OpenAsync(demo.Config, demoMode: true, TimeProvider.System, null, CancellationToken.None);
        await new SyncRunner(session, SilentSyncProgress.Instance).RunAsync(new SyncRunOptions(Actor: "test"), CancellationToken.None);

        // Then no facility of Tambacounda is stored, and DHIS2 received no value for a Tambacounda unit
        var facilities = await session.Warehouse.Dimensions.ReadFacilitiesAsync(CancellationToken.None);
        Assert.NotEmpty(facilities);
        Assert.All(facilities, f => Assert.Equal("SN-KL", f.RegionCode));

        // And densities are computed for Kaolack with the ANSD population, and for no other region
        var densities = new List<IndicatorValue>();
        await foreach (var v in session.Warehouse.Results.ReadIndicatorValuesAsync(new IndicatorQuery(IndicatorCode: DensityAnalysis.NurseDensity, OrgLevel: OrgLevel.Region), CancellationToken.None))
        {
            densities.Add(v);
        }

        var kaolack = Assert.Single(densities);
        Assert.Equal("SN-KL", kaolack.UnitId);
        Assert.True(kaolack.Denominator > 1_000_000);
        Assert.True(kaolack.Value > 0);
        var tambacounda = demo.World.Facilities.Where(f => f.RegionCode == "SN-TC" && f.Dhis2Uid is not null).Select(f => f.Dhis2Uid!).ToHashSet();
        var passerelleUids = new[] { StaffingAnalysis.Headcount, StaffingAnalysis.MeetsNorm }.Select(c => Dhis2Uid.FromCode("dataElement", c)).ToHashSet();
        Assert.DoesNotContain(demo.Dhis2.Store.DataValues, v => passerelleUids.Contains(v.Key.DataElement) && tambacounda.Contains(v.Key.OrgUnit));
    }
}
