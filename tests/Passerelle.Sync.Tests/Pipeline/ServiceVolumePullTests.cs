using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Dhis2;
using Passerelle.Dhis2.Model;
using Passerelle.Dhis2.Push;
using Passerelle.Emulators.Dhis2;
using Passerelle.Sync.Analysis;
using Passerelle.Sync.Composition;
using Passerelle.Sync.Configuration;
using Passerelle.Sync.Pipeline;
using Passerelle.Sync.Plan;
using Passerelle.Sync.Tests.Support;

namespace Passerelle.Sync.Tests.Pipeline;

/// <summary>
/// After a first full read, the DHIS2 pull asks only for what changed since (lastUpdated + includeDeleted) and re-reads only the
/// facility-months it touches; the warehouse ends as a full read would leave it.
/// </summary>
public sealed class ServiceVolumePullTests
{
    [Fact]
    public async Task Sync_NothingChangedInDhis2_AsksOnlyForChangesAndKeepsTheVolumes()
    {
        // Given a first sync
        await using var world = await SyncWorld.StartAsync();
        var config = world.Config("incremental-none");
        var (first, _) = await SyncWorld.SyncAsync(config);
        var before = await AllVolumesAsync(config);

        // When a second runs with DHIS2 unchanged
        var (second, _) = await SyncWorld.SyncAsync(config);

        // Then the first read everything, the second found no change, and the volumes are the same
        Assert.Contains("service values read", first.Stages[Dhis2PullStage.Name].English, StringComparison.Ordinal);
        Assert.Contains("none changed since the last pull", second.Stages[Dhis2PullStage.Name].English, StringComparison.Ordinal);
        Assert.Contains("units read (unchanged since the last successful run)", second.Stages[Dhis2PullStage.Name].English, StringComparison.Ordinal);
        Assert.NotEmpty(before);
        Assert.Equal(before, await AllVolumesAsync(config));
    }

    [Fact]
    public async Task Sync_ValueDeletedAndValueAddedInDhis2_VolumesEqualAFullRead()
    {
        // Given a first sync
        await using var world = await SyncWorld.StartAsync();
        var config = world.Config("incremental-changes");
        await SyncWorld.SyncAsync(config);

        // And then, in DHIS2, one service value deleted and one added for a facility-month that had none of that element
        var (codeOfUid, months) = world.ServiceElements();
        var live = world.Dhis2.Store.DataValues.Where(v => !v.Deleted && codeOfUid.ContainsKey(v.Key.DataElement) && months.Contains(v.Key.Period)).ToList();
        var deleted = live[0];
        var held = live.Select(v => (v.Key.DataElement, v.Key.Period, v.Key.OrgUnit)).ToHashSet();
        var (element, period, unit) = live.Select(v => v.Key.OrgUnit).Distinct(StringComparer.Ordinal)
            .SelectMany(u => codeOfUid.Keys.SelectMany(e => months.Select(m => (e, m, u))))
            .First(k => !held.Contains(k));
        await using (var services = world.Dhis2Services())
        {
            var client = services.GetRequiredService<Dhis2Client>();
            await client.ImportDataValueChunkAsync(
                [new Dhis2DataValue(deleted.Key.DataElement, deleted.Key.Period, deleted.Key.OrgUnit, deleted.Key.CategoryOptionCombo, deleted.Key.AttributeOptionCombo, deleted.Value)],
                new DataValueImportOptions { Strategy = ImportStrategy.Delete });
            await client.ImportDataValueChunkAsync([new Dhis2DataValue(element, period, unit, Value: "37")]);
        }

        // When the next sync runs
        var (report, _) = await SyncWorld.SyncAsync(config);
        var incremental = await AllVolumesAsync(config);

        // Then only the two touched facility-months were read again
        Assert.Contains("2 changed facility-months read again", report.Stages[Dhis2PullStage.Name].English, StringComparison.Ordinal);
        Assert.DoesNotContain(incremental, v => v.Key == (codeOfUid[deleted.Key.DataElement], deleted.Key.Period, deleted.Key.OrgUnit));
        Assert.Equal(37, incremental[(codeOfUid[element], period, unit)]);

        // And a full read finds exactly the same volumes
        await SyncWorld.SyncAsync(config, full: true);
        Assert.Equal(incremental, await AllVolumesAsync(config));
    }

    [Fact]
    public async Task Sync_FacilityRenamedInDhis2_StagesTheNewName()
    {
        // Given a first sync
        await using var world = await SyncWorld.StartAsync();
        var config = world.Config("incremental-rename");
        await SyncWorld.SyncAsync(config);

        // And then one facility renamed in DHIS2 (a metadata import, which moves its lastUpdated)
        var unit = world.Dhis2.Store.OrganisationUnits.First(o => (int?)o["level"] == 4).DeepClone().AsObject();
        unit["name"] = "Poste de santé renommé";
        await using (var services = world.Dhis2Services())
        {
            var report = await services.GetRequiredService<Dhis2Client>().ImportMetadataAsync(
                new System.Text.Json.Nodes.JsonObject { ["organisationUnits"] = new System.Text.Json.Nodes.JsonArray(unit) },
                new MetadataImportOptions());
            Assert.True(report.IsOk);
        }

        // When the next sync runs
        var (next, _) = await SyncWorld.SyncAsync(config);

        // Then the tree is read again and the new name is staged
        Assert.DoesNotContain("units read (unchanged", next.Stages[Dhis2PullStage.Name].English, StringComparison.Ordinal);
        await using var session = await SyncSession.OpenAsync(config, demoMode: true, TimeProvider.System, null, CancellationToken.None);
        var staged = new List<Passerelle.Core.Facilities.SourceFacility>();
        await foreach (var facility in session.Warehouse.Staging.ReadSourceFacilitiesAsync(Passerelle.Core.Facilities.SourceSystem.Dhis2, CancellationToken.None))
        {
            staged.Add(facility);
        }

        Assert.Equal("Poste de santé renommé", staged.Single(f => f.SourceId == (string)unit["id"]!).Name);
    }

    [Fact]
    public async Task Sync_Full_ReadsEveryValueAgain()
    {
        // Given a first sync
        await using var world = await SyncWorld.StartAsync();
        var config = world.Config("incremental-full");
        await SyncWorld.SyncAsync(config);

        // When the next one is asked to check everything
        var (report, _) = await SyncWorld.SyncAsync(config, full: true);

        // Then it reads the year again instead of asking for changes
        Assert.Contains("service values read", report.Stages[Dhis2PullStage.Name].English, StringComparison.Ordinal);
    }

    private static async Task<SortedDictionary<(string Element, string Month, string Unit), double>> AllVolumesAsync(PasserelleConfig config)
    {
        var volumes = new SortedDictionary<(string Element, string Month, string Unit), double>();
        await using var session = await SyncSession.OpenAsync(config, demoMode: true, TimeProvider.System, null, CancellationToken.None);
        foreach (var month in ServiceYear.MonthsUpTo(SyncWorld.ReferenceDate))
        {
            await foreach (var volume in session.Warehouse.Facts.ReadServiceVolumesAsync(month, CancellationToken.None))
            {
                volumes.Add((volume.DataElementCode, month, volume.FacilityId), volume.Value);
            }
        }

        return volumes;
    }
}
