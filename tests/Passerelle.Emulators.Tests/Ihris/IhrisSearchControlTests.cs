using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Passerelle.Emulators.Ihris;

namespace Passerelle.Emulators.Tests.Ihris;

public sealed class IhrisSearchControlTests
{
    [Fact]
    public async Task Search_Elements_KeepsListedElementsAndTagsSubsetted()
    {
        await using var emulator = await IhrisEmulatorFixture.StartAsync();

        var (_, page) = await emulator.GetAsync("fhir/Practitioner?_id=W-001&_elements=gender,birthDate");

        var practitioner = Assert.Single(IhrisEmulatorFixture.Resources(page));
        Assert.NotNull(practitioner["gender"]);
        Assert.Null(practitioner["name"]);
        Assert.Null(practitioner["telecom"]);
        Assert.Equal("SUBSETTED", (string?)practitioner["meta"]!["tag"]![0]!["code"]);
    }

    [Fact]
    public async Task Search_SummaryCount_ReturnsTotalWithoutEntries()
    {
        await using var emulator = await IhrisEmulatorFixture.StartAsync();

        var (_, page) = await emulator.GetAsync("fhir/PractitionerRole?_summary=count");

        Assert.Equal(IhrisTestWorld.RoleCount, (int)page["total"]!);
        Assert.Null(page["entry"]);
    }

    [Fact]
    public async Task Search_DateRange_ReturnsRolesOverlappingThePeriod()
    {
        await using var emulator = await IhrisEmulatorFixture.StartAsync();

        var (_, page) = await emulator.GetAsync("fhir/PractitionerRole?date=ge2006-01-01&date=le2008-12-31");

        Assert.Equal("R-013", (string?)Assert.Single(IhrisEmulatorFixture.Resources(page))["id"]);
    }

    [Fact]
    public async Task Search_SortByLastUpdatedDescending_PutsTheLatestChangeFirst()
    {
        await using var emulator = await IhrisEmulatorFixture.StartAsync();
        emulator.Time.Advance(TimeSpan.FromMinutes(5));
        emulator.Store.Update("PractitionerRole", "R-007", r => r["active"] = false);

        var (_, page) = await emulator.GetAsync("fhir/PractitionerRole?_sort=-_lastUpdated&_count=1");

        Assert.Equal("R-007", (string?)Assert.Single(IhrisEmulatorFixture.Resources(page))["id"]);
    }

    [Fact]
    public async Task Search_IterateIncludeOfPartOf_BringsEveryAncestor()
    {
        await using var emulator = await IhrisEmulatorFixture.StartAsync();

        var (_, page) = await emulator.GetAsync("fhir/Location?_id=F-002&_include=Location:partof&_include:iterate=Location:partof");

        Assert.Equal(["DS-DKC", "SN", "SN-DK"], IhrisEmulatorFixture.Resources(page, "include").Select(r => (string)r["id"]!).Order());
    }

    [Fact]
    public async Task History_FollowingNextLinks_ReturnsEveryVersionOnce()
    {
        await using var emulator = await IhrisEmulatorFixture.StartAsync();
        emulator.Time.Advance(TimeSpan.FromHours(1));
        for (var i = 1; i <= 7; i++)
        {
            emulator.Store.Update("PractitionerRole", $"R-{i:000}", r => r["active"] = false);
        }

        var pages = await emulator.GetAllPagesAsync("fhir/PractitionerRole/_history?_since=2026-01-05T08:30:00Z&_count=3");

        Assert.Equal(3, pages.Count);
        Assert.All(pages, p => Assert.Equal("history", (string?)p["type"]));
        var ids = pages.SelectMany(p => p["entry"]!.AsArray()).Select(e => (string)e!["resource"]!["id"]!).ToList();
        Assert.Equal(7, ids.Distinct().Count());
        Assert.Equal(7, ids.Count);
    }

    [Fact]
    public async Task Search_HapiBasePath_ServesUnderIt()
    {
        await using var emulator = await IhrisEmulatorFixture.StartAsync(o => o.BasePath = "/hapi/fhir");

        var (status, page) = await emulator.GetAsync("hapi/fhir/Location?_count=1");

        Assert.Equal(200, status);
        Assert.StartsWith(emulator.Emulator.RootUrl + "hapi/fhir?_getpages=", IhrisEmulatorFixture.NextLink(page), StringComparison.Ordinal);
        Assert.Equal(new Uri(emulator.Emulator.RootUrl, "hapi/fhir"), emulator.Emulator.FhirBaseUrl);
    }

    [Fact]
    public async Task Search_BehindBackend_LinksNameHapisInternalBaseAndRewrittenQueryPages()
    {
        // Given the backend mode and a token
        await using var emulator = await IhrisEmulatorFixture.StartAsync(o => o.RequireToken = true);
        using var login = await emulator.Http.PostAsync("auth/token", new StringContent(
            $"{{\"email\":\"{emulator.Options.TokenEmail}\",\"password\":\"{emulator.Options.TokenPassword}\"}}",
            System.Text.Encoding.UTF8, "application/json"));
        var token = (string)System.Text.Json.Nodes.JsonNode.Parse(await login.Content.ReadAsStringAsync())!["access_token"]!;

        // When a first page is fetched, then its next link's query re-issued as /fhir/{Resource}?…
        var (_, first) = await emulator.GetAsync("fhir/Practitioner?_count=5", token);
        var next = IhrisEmulatorFixture.NextLink(first)!;
        var (status, second) = await emulator.GetAsync("fhir/Practitioner" + new Uri(next).Query, token);

        // Then the link names HAPI's internal base, and the rewritten query serves page 2
        Assert.StartsWith(IhrisEmulatorOptions.InternalHapiBaseUrl + "?_getpages=", next, StringComparison.Ordinal);
        Assert.Equal(200, status);
        Assert.Equal(5, IhrisEmulatorFixture.Resources(second).Count());
    }

    [Fact]
    public async Task Search_RepeatedWithinReuseWindow_AnswersFromHapisCachedResults()
    {
        // Given HAPI's 60 s result reuse, a search, then a deletion 10 s later
        await using var emulator = await IhrisEmulatorFixture.StartAsync(o => o.ReuseCachedSearchResults = TimeSpan.FromSeconds(60));
        await emulator.GetAsync("fhir/Practitioner?_count=50");
        emulator.Time.Advance(TimeSpan.FromSeconds(10));
        emulator.Store.Delete("Practitioner", "W-003");

        // When the same search is repeated, then repeated with Cache-Control: no-cache
        var (_, cached) = await emulator.GetAsync("fhir/Practitioner?_count=50");
        using var request = new HttpRequestMessage(HttpMethod.Get, "fhir/Practitioner?_count=50");
        request.Headers.CacheControl = new System.Net.Http.Headers.CacheControlHeaderValue { NoCache = true };
        using var response = await emulator.Http.SendAsync(request);
        var fresh = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        // Then the cached total still counts the deleted practitioner; the fresh one does not
        Assert.Equal(IhrisTestWorld.WorkerCount, (int)cached["total"]!);
        Assert.Equal(IhrisTestWorld.WorkerCount - 1, (int)fresh["total"]!);
    }

    [Fact]
    public async Task ConfigurePipeline_Middleware_RunsBeforeTheFhirEndpoints()
    {
        await using var emulator = await IhrisEmulatorFixture.StartAsync(o => o.ConfigurePipeline = app => app.Use(async (context, next) =>
        {
            if (context.Request.Query.ContainsKey("fault"))
            {
                context.Response.StatusCode = 503;
                return;
            }

            await next(context);
        }));

        using var faulted = await emulator.Http.GetAsync("fhir/Location?fault=1");
        using var normal = await emulator.Http.GetAsync("fhir/Location");

        Assert.Equal(503, (int)faulted.StatusCode);
        Assert.Equal(200, (int)normal.StatusCode);
    }
}
