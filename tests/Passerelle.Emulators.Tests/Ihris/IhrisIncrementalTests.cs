using System.Text.Json.Nodes;

namespace Passerelle.Emulators.Tests.Ihris;

public sealed class IhrisIncrementalTests
{
    [Fact]
    public async Task Update_IncrementsVersionAndLastUpdated()
    {
        await using var emulator = await IhrisEmulatorFixture.StartAsync();
        emulator.Time.Advance(TimeSpan.FromDays(1));

        emulator.Store.Update("PractitionerRole", "R-002", r => r["active"] = false);

        var (_, role) = await emulator.GetAsync("fhir/PractitionerRole/R-002");
        Assert.Equal("2", (string?)role["meta"]!["versionId"]);
        Assert.Equal("2026-01-06T08:00:00.000+00:00", (string?)role["meta"]!["lastUpdated"]);
        Assert.False((bool)role["active"]!);
    }

    [Fact]
    public async Task Search_LastUpdatedGreaterThan_ReturnsOnlyLaterChanges()
    {
        // Given two roles changed a day after the initial load
        await using var emulator = await IhrisEmulatorFixture.StartAsync();
        emulator.Time.Advance(TimeSpan.FromDays(1));
        emulator.Store.Update("PractitionerRole", "R-002", r => r["active"] = false);
        emulator.Store.Update("PractitionerRole", "R-005", r => r["period"]!["end"] = "2026-01-06");

        // When searching past the load's watermark
        var (_, page) = await emulator.GetAsync("fhir/PractitionerRole?_lastUpdated=gt2026-01-05T08:00:00.000%2B00:00");

        // Then only the changed roles come back
        Assert.Equal(["R-002", "R-005"], IhrisEmulatorFixture.Resources(page).Select(r => (string)r["id"]!).Order());
    }

    [Fact]
    public async Task Search_LastUpdatedGreaterOrEqual_IncludesTheWatermarkInstant()
    {
        await using var emulator = await IhrisEmulatorFixture.StartAsync();

        var (_, atLoad) = await emulator.GetAsync("fhir/PractitionerRole?_lastUpdated=ge2026-01-05T08:00:00.000%2B00:00");
        var (_, afterLoad) = await emulator.GetAsync("fhir/PractitionerRole?_lastUpdated=gt2026-01-05T08:00:00.000%2B00:00");

        Assert.Equal(IhrisTestWorld.RoleCount, (int)atLoad["total"]!);
        Assert.Equal(0, (int)afterLoad["total"]!);
    }

    [Fact]
    public async Task History_Since_ListsUpdatesAndDeletesOnly()
    {
        // Given one update and one deletion after the load
        await using var emulator = await IhrisEmulatorFixture.StartAsync();
        emulator.Time.Advance(TimeSpan.FromHours(1));
        emulator.Store.Update("PractitionerRole", "R-003", r => r["active"] = false);
        emulator.Time.Advance(TimeSpan.FromHours(1));
        Assert.True(emulator.Store.Delete("PractitionerRole", "R-004"));

        // When asking for the history since just after the load
        var (status, history) = await emulator.GetAsync("fhir/PractitionerRole/_history?_since=2026-01-05T08:30:00Z");

        // Then the update (PUT, with resource) and the deletion (DELETE, no resource) come back
        Assert.Equal(200, status);
        Assert.Equal("history", (string?)history["type"]);
        var entries = history["entry"]!.AsArray().Select(e => e!.AsObject()).ToList();
        Assert.Equal(2, entries.Count);
        var deleted = entries.Single(e => (string?)e["request"]!["method"] == "DELETE");
        Assert.Null(deleted["resource"]);
        Assert.Equal("PractitionerRole/R-004/_history/2", (string?)deleted["request"]!["url"]);
        var updated = entries.Single(e => (string?)e["request"]!["method"] == "PUT");
        Assert.Equal("R-003", (string?)updated["resource"]!["id"]);
    }

    [Fact]
    public async Task History_HasTheEnvelopeOfTheHapiFixture()
    {
        await using var emulator = await IhrisEmulatorFixture.StartAsync();
        emulator.Time.Advance(TimeSpan.FromHours(1));
        emulator.Store.Update("Practitioner", "W-001", r => r["active"] = false);
        emulator.Store.Update("PractitionerRole", "R-003", r => r["active"] = false);
        emulator.Store.Delete("PractitionerRole", "R-004");

        var (_, history) = await emulator.GetAsync("fhir/_history?_since=2026-01-05T08:30:00Z&_count=50");

        Assert.Equal(BundleShape.Of(BundleShape.Fixture("ihris5-hapi-history-since.json")), BundleShape.Of(history));
    }

    [Fact]
    public async Task Search_AfterDelete_LeavesTheResourceOut()
    {
        await using var emulator = await IhrisEmulatorFixture.StartAsync();

        emulator.Store.Delete("Practitioner", "W-003");

        var (_, page) = await emulator.GetAsync("fhir/Practitioner?_count=50");
        Assert.Equal(IhrisTestWorld.WorkerCount - 1, (int)page["total"]!);
        Assert.DoesNotContain("W-003", IhrisEmulatorFixture.Resources(page).Select(r => (string)r["id"]!));
    }

    [Fact]
    public async Task Put_NewResource_IsSearchable()
    {
        await using var emulator = await IhrisEmulatorFixture.StartAsync();

        emulator.Store.Put(new JsonObject { ["resourceType"] = "Practitioner", ["id"] = "W-NEW", ["active"] = true });

        var (_, page) = await emulator.GetAsync("fhir/Practitioner?_id=W-NEW");
        Assert.Equal("1", (string?)Assert.Single(IhrisEmulatorFixture.Resources(page))["meta"]!["versionId"]);
    }
}
