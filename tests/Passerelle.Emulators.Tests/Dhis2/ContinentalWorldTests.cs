using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using Passerelle.DemoWorld.Continental;
using Passerelle.DemoWorld.Model;
using Passerelle.Emulators.Dhis2;

namespace Passerelle.Emulators.Tests.Dhis2;

/// <summary>
/// One emulator seeded with a small continental world (2 000 workers: 200 facilities, 100 000 archived values), its clock
/// fixed on 1 November 2026, shared by the read-only tests of <see cref="ContinentalWorldTests"/>.
/// </summary>
public sealed class ContinentalEmulatorFixture : IAsyncLifetime
{
    /// <summary>Before the entry date of 202610 (10 November), after that of 202609 (10 October).</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    public ContinentalWorld World { get; } = ContinentalWorld.Create(ContinentalWorldOptions.ForWorkers(2_000));

    public IReadOnlyList<Dhis2OrgUnitRecord> Units { get; private set; } = [];

    public IReadOnlyList<ContinentalServiceValue> Values { get; private set; } = [];

    internal EmulatorSession Session { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Units = [.. World.Dhis2OrgUnits(CancellationToken.None)];
        Values = [.. World.ServiceValues(CancellationToken.None)];
        Session = await StartAsync(World);
    }

    public async Task DisposeAsync() => await Session.DisposeAsync();

    internal static Task<EmulatorSession> StartAsync(ContinentalWorld world) => EmulatorSession.StartAsync(new Dhis2EmulatorOptions
    {
        World = Dhis2World.Continental(world),
        TimeProvider = new FakeTimeProvider(Now),
    });
}

public sealed class ContinentalWorldTests(ContinentalEmulatorFixture fixture) : IClassFixture<ContinentalEmulatorFixture>
{
    private const string FirstMonth = "202608";
    private const string SecondMonth = "202609";

    private EmulatorSession Session => fixture.Session;

    private ContinentalWorld World => fixture.World;

    private string Element => World.DataElementUids[0];

    private string Roots => string.Join('&', fixture.Units.Where(u => u.Level == 1).Select(u => "orgUnit=" + u.Uid));

    [Fact]
    public async Task OrganisationUnits_ContinentalWorld_ServesTheWholeTree()
    {
        // Given an emulator seeded with a continental world

        // When its org units are listed
        var (status, body) = await Session.GetAsync("api/organisationUnits?fields=id,level,path,parent&paging=false");

        // Then they are the world's units, each with its level, path and parent
        Assert.Equal(200, status);
        var served = body!["organisationUnits"]!.AsArray()
            .Select(u => ((string)u!["id"]!, (int)u["level"]!, (string)u["path"]!, (string?)u["parent"]?["id"]))
            .OrderBy(u => u.Item1, StringComparer.Ordinal);
        var expected = fixture.Units.Select(u => (u.Uid, u.Level, u.Path, u.ParentUid)).OrderBy(u => u.Uid, StringComparer.Ordinal);
        Assert.Equal(expected, served);
    }

    [Fact]
    public void ArchivedValueCount_ContinentalWorld_EveryValueOfTheWorld()
    {
        // Given an emulator seeded with a continental world

        // When its archive is counted, Then it holds every value of the world and nothing was stored
        Assert.Equal(World.Options.Values, Session.Store.ArchivedValueCount);
        Assert.Equal(fixture.Values.Count, Session.Store.ArchivedValueCount);
        Assert.Empty(Session.Store.DataValues);
    }

    [Fact]
    public async Task GetDataValueSets_RootsWithChildren_ExactlyTheWorldsValuesOfTheElementAndMonths()
    {
        // Given an emulator seeded with a continental world

        // When one element's values of two months are asked for under every root
        var (status, body) = await Session.GetAsync(
            $"api/dataValueSets?dataElement={Element}&period={FirstMonth}&period={SecondMonth}&{Roots}&children=true");

        // Then they are the world's values of that element and those months, no more, no fewer
        Assert.Equal(200, status);
        var expected = Expected(v => true, FirstMonth, SecondMonth);
        Assert.NotEmpty(expected);
        var served = Rows(body!);
        Assert.Equal(expected.Count, body!["dataValues"]!.AsArray().Count);
        Assert.True(expected.SetEquals(served), "the exported values differ from the world's");
    }

    [Fact]
    public async Task GetDataValueSets_OneDistrictWithChildren_OnlyThatDistrictsFacilities()
    {
        // Given a district of the continental world and its facilities
        var district = fixture.Units.First(u => u.Level == 3);
        var facilities = fixture.Units.Where(u => u.ParentUid == district.Uid).Select(u => u.Uid).ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(facilities);

        // When one element's values of two months are asked for under that district
        var (_, body) = await Session.GetAsync(
            $"api/dataValueSets?dataElement={Element}&period={FirstMonth}&period={SecondMonth}&orgUnit={district.Uid}&children=true");

        // Then they are the values of its facilities only
        var expected = Expected(v => facilities.Contains(v.OrgUnitUid), FirstMonth, SecondMonth);
        Assert.NotEmpty(expected);
        var served = Rows(body!);
        Assert.Equal(expected.Count, body!["dataValues"]!.AsArray().Count);
        Assert.True(expected.SetEquals(served), "the exported values differ from the district's");
        Assert.True(expected.Count < Expected(v => true, FirstMonth, SecondMonth).Count, "the district holds every value: the test cannot tell");
    }

    [Fact]
    public async Task GetDataValueSets_LastUpdated_ExcludesMonthsEnteredBeforeIt()
    {
        // Given values of 202608 entered on 10 September and of 202609 on 10 October 2026

        // When both months are asked for, updated since 1 October
        var (_, body) = await Session.GetAsync(
            $"api/dataValueSets?dataElement={Element}&period={FirstMonth}&period={SecondMonth}&{Roots}&children=true&lastUpdated=2026-10-01");

        // Then only 202609's values come, dated the 10th of the month after
        var values = body!["dataValues"]!.AsArray();
        Assert.True(Expected(v => true, SecondMonth).SetEquals(Rows(body)), "the values updated since 1 October differ from 202609's");
        Assert.All(values, v => Assert.Equal("2026-10-10T10:00:00.000+0000", (string)v!["lastUpdated"]!));
        Assert.All(values, v => Assert.Equal("2026-10-10T10:00:00.000+0000", (string)v!["created"]!));
    }

    [Fact]
    public async Task GetDataValueSets_LastMonthNotYetDue_DatedNowAndKeptByALastUpdatedOfNow()
    {
        // Given the last month (202610), due on 10 November, after the emulator's clock (1 November)
        var last = World.Periods[^1];

        // When it is asked for, updated since now
        var (_, body) = await Session.GetAsync(
            $"api/dataValueSets?dataElement={Element}&period={last}&{Roots}&children=true&lastUpdated=2026-11-01T00:00:00");

        // Then all its values come, entered now rather than in the future
        Assert.True(Expected(v => true, last).SetEquals(Rows(body!)), "the last month's values differ from the world's");
        Assert.All(body!["dataValues"]!.AsArray(), v => Assert.Equal("2026-11-01T00:00:00.000+0000", (string)v!["lastUpdated"]!));
    }

    [Fact]
    public async Task GetDataValueSets_IncludeDeleted_ArchivedValuesNotDeleted()
    {
        // Given an emulator seeded with a continental world

        // When one month is asked for with the deleted values
        var (_, body) = await Session.GetAsync($"api/dataValueSets?dataElement={Element}&period={FirstMonth}&{Roots}&children=true&includeDeleted=true");

        // Then every archived value says it is not deleted, and none is missing
        var values = body!["dataValues"]!.AsArray();
        Assert.Equal(Expected(v => true, FirstMonth).Count, values.Count);
        Assert.All(values, v => Assert.False((bool)v!["deleted"]!));
    }

    [Fact]
    public async Task GetDataValueSets_WithoutIncludeDeleted_NoDeletedProperty()
    {
        // Given an emulator seeded with a continental world

        // When one month is asked for, deleted values not asked for
        var (_, body) = await Session.GetAsync($"api/dataValueSets?dataElement={Element}&period={FirstMonth}&{Roots}&children=true");

        // Then no value carries the deleted flag
        var values = body!["dataValues"]!.AsArray();
        Assert.NotEmpty(values);
        Assert.All(values, v => Assert.False(v!.AsObject().ContainsKey("deleted")));
    }

    [Fact]
    public async Task GetDataValueSets_IdSchemeCode_RendersElementCodes()
    {
        // Given an emulator seeded with a continental world

        // When one month is asked for with codes
        var (_, body) = await Session.GetAsync($"api/dataValueSets?dataElement={Element}&period={FirstMonth}&{Roots}&children=true&idScheme=CODE");

        // Then the data element is written by its code, and coded facilities by their code
        var values = body!["dataValues"]!.AsArray();
        Assert.NotEmpty(values);
        Assert.All(values, v => Assert.Equal(World.DataElementCodes[0], (string)v!["dataElement"]!));
        var codes = fixture.Units.Where(u => u.Level == 4).ToDictionary(u => u.Uid, u => u.Code ?? u.Uid, StringComparer.Ordinal);
        var expectedUnits = fixture.Values.Where(v => v.Element == 0 && World.Periods[v.Month] == FirstMonth).Select(v => codes[v.OrgUnitUid]).Order(StringComparer.Ordinal);
        Assert.Equal(expectedUnits, values.Select(v => (string)v!["orgUnit"]!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task PostDataValueSets_ArchivedKeyWithAnotherValue_ExportsThePostedValueOnce()
    {
        // Given an emulator of its own (this test writes) and one archived value
        await using var session = await ContinentalEmulatorFixture.StartAsync(World);
        var archived = fixture.Values.First(v => v.Element == 0 && World.Periods[v.Month] == FirstMonth);
        var posted = archived.Value + 1_000;

        // When another value is imported under its key
        var (status, summary) = await session.PostAsync("api/dataValueSets", $$"""
            {"dataValues":[{"dataElement":"{{Element}}","period":"{{FirstMonth}}","orgUnit":"{{archived.OrgUnitUid}}","value":"{{posted}}"}]}
            """);

        // Then the export of that key gives the posted value only, and the other archived values are still there
        Assert.Equal(200, status);
        Assert.Equal(0, (int)summary["response"]!["importCount"]!["ignored"]!);
        Assert.Equal(1, (int)summary["response"]!["importCount"]!["updated"]!);
        var (_, one) = await session.GetAsync($"api/dataValueSets?dataElement={Element}&period={FirstMonth}&orgUnit={archived.OrgUnitUid}");
        var values = one!["dataValues"]!.AsArray();
        Assert.Equal(posted.ToString(System.Globalization.CultureInfo.InvariantCulture), (string)Assert.Single(values)!["value"]!);
        var (_, all) = await session.GetAsync($"api/dataValueSets?dataElement={Element}&period={FirstMonth}&{Roots}&children=true");
        Assert.Equal(Expected(v => true, FirstMonth).Count, all!["dataValues"]!.AsArray().Count);
    }

    [Fact]
    public async Task PostDataValueSets_DeleteAnArchivedKey_DeletedAndNoLongerExported()
    {
        // Given an emulator of its own (this test writes) and one archived value
        await using var session = await ContinentalEmulatorFixture.StartAsync(World);
        var archived = fixture.Values.First(v => v.Element == 0 && World.Periods[v.Month] == FirstMonth);

        // When DHIS2 is asked to delete it
        var (status, summary) = await session.PostAsync("api/dataValueSets?importStrategy=DELETE", $$"""
            {"dataValues":[{"dataElement":"{{Element}}","period":"{{FirstMonth}}","orgUnit":"{{archived.OrgUnitUid}}","value":"{{archived.Value}}"}]}
            """);

        // Then it is counted as deleted, is gone from the export, and comes back as deleted only with includeDeleted
        Assert.Equal(200, status);
        Assert.Equal(1, (int)summary["response"]!["importCount"]!["deleted"]!);
        var (_, plain) = await session.GetAsync($"api/dataValueSets?dataElement={Element}&period={FirstMonth}&orgUnit={archived.OrgUnitUid}");
        Assert.Empty(plain!["dataValues"]?.AsArray() ?? []);
        var (_, withDeleted) = await session.GetAsync($"api/dataValueSets?dataElement={Element}&period={FirstMonth}&orgUnit={archived.OrgUnitUid}&includeDeleted=true");
        Assert.True((bool)Assert.Single(withDeleted!["dataValues"]!.AsArray())!["deleted"]!);
    }

    /// <summary>The world's values of the first element in the months given that <paramref name="keep"/> keeps.</summary>
    private HashSet<(string, string, string, string)> Expected(Func<ContinentalServiceValue, bool> keep, params string[] months) =>
        [.. fixture.Values
            .Where(v => v.Element == 0 && months.Contains(World.Periods[v.Month]) && keep(v))
            .Select(v => (Element, World.Periods[v.Month], v.OrgUnitUid, v.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)))];

    private static HashSet<(string, string, string, string)> Rows(JsonNode body) =>
        [.. body["dataValues"]!.AsArray().Select(v => ((string)v!["dataElement"]!, (string)v["period"]!, (string)v["orgUnit"]!, (string)v["value"]!))];
}
