using System.Text.Json.Nodes;
using Passerelle.DemoWorld.Model;
using Passerelle.Sync.Pipeline;
using Passerelle.Sync.Tests.Support;

namespace Passerelle.Sync.Tests.Pipeline;

/// <summary>
/// Incremental iHRIS 5 pulls over real HTTP: after a full run, the next sync asks only for what changed
/// (<c>_lastUpdated</c>, <c>_history</c>) and applies it to the staged workforce, so the counts equal a fresh full run's.
/// </summary>
public sealed class IncrementalSyncTests
{
    [Fact]
    public async Task Sync_AfterAddMoveEndAndDelete_IncrementalCountsEqualAFreshFullRun()
    {
        // Given a first, full sync of the Kaolack demo world
        await using var world = await SyncWorld.StartAsync();
        var config = world.Config("incremental");
        var (first, before) = await SyncWorld.SyncAsync(config);
        Assert.Equal(WorkforcePullMode.Full, first.WorkforcePull);

        // And then, in iHRIS, a role added, one moved to another facility, one ended and one deleted
        var roles = InPostRoles(world.World).Take(5).ToList();
        var store = world.Ihris.Store;
        var added = (JsonObject)store.Read("PractitionerRole", roles[0].Id)!.DeepClone();
        added["id"] = "PR-ADDED-1";
        store.Put(added);
        var elsewhere = roles.First(r => r.LocationId != roles[1].LocationId).LocationId;
        store.Update("PractitionerRole", roles[1].Id, r => r["location"] = new JsonArray(new JsonObject { ["reference"] = "Location/" + elsewhere }));
        store.Update("PractitionerRole", roles[2].Id, r =>
        {
            r["active"] = false;
            r["period"] = new JsonObject { ["start"] = roles[2].Start.ToString("yyyy-MM-dd"), ["end"] = "2026-06-30" };
        });
        Assert.True(store.Delete("PractitionerRole", roles[3].Id));

        // When the next sync runs, and a fresh full sync runs into another warehouse
        var (second, incremental) = await SyncWorld.SyncAsync(config);
        var (_, fresh) = await SyncWorld.SyncAsync(world.Config("fresh"));

        // Then the second read was incremental, its counts changed, and they equal the fresh full run's
        Assert.Equal(WorkforcePullMode.Incremental, second.WorkforcePull);
        Assert.NotEqual(before.Sum(c => c.Headcount), incremental.Sum(c => c.Headcount));
        Assert.Equal(fresh, incremental);
        // (the added role is a second one of a worker already in post: two workers leave, the ended and the deleted)
        Assert.Equal(first.Staffing!.WorkersInPost - 2, second.Staffing!.WorkersInPost);
    }

    [Fact]
    public async Task Sync_FullFlag_ReadsEverythingAgain()
    {
        // Given a warehouse that already holds a successful sync
        await using var world = await SyncWorld.StartAsync();
        var config = world.Config("full-flag");
        var (_, before) = await SyncWorld.SyncAsync(config);

        // When the next sync is asked for a full pull
        var (report, after) = await SyncWorld.SyncAsync(config, full: true);

        // Then every role was read again and nothing changed
        Assert.Equal(WorkforcePullMode.Full, report.WorkforcePull);
        Assert.Equal(before, after);
    }

    /// <summary>Roles in post on the reference date at a facility, each held by a different worker.</summary>
    private static IEnumerable<DemoRole> InPostRoles(DemoWorldModel world)
    {
        var facilities = world.IhrisLocations.Where(l => l.IsFacility).Select(l => l.Id).ToHashSet();
        return world.Roles
            .Where(r => r.Active && r.End is null && r.JobCode is not null && r.LocationId is not null && facilities.Contains(r.LocationId))
            .DistinctBy(r => r.WorkerId)
            .DistinctBy(r => r.LocationId);
    }
}
