using System.Text.Json.Nodes;

namespace Passerelle.Emulators.Tests.Ihris;

public sealed class IhrisSearchTests
{
    [Fact]
    public async Task Search_FirstPage_HasTheEnvelopeOfTheHapiFixture()
    {
        // Given the emulator and the recorded-shape HAPI page 1 (a search with _include)
        await using var emulator = await IhrisEmulatorFixture.StartAsync();
        var fixture = BundleShape.Fixture("ihris5-hapi-searchset-PractitionerRole-page1.json");

        // When the same kind of search runs
        var (status, page) = await emulator.GetAsync(
            "fhir/PractitionerRole?location=Location%2FF-001&_include=PractitionerRole:practitioner&_include=PractitionerRole:location&_include:iterate=Location:partof&_count=1&_total=accurate");

        // Then the Bundle has exactly the fixture's property paths
        Assert.Equal(200, status);
        Assert.Equal(BundleShape.Of(fixture), BundleShape.Of(page));
    }

    [Fact]
    public async Task Search_SecondPage_HasTheEnvelopeOfTheHapiFixture()
    {
        await using var emulator = await IhrisEmulatorFixture.StartAsync();
        var fixture = BundleShape.Fixture("ihris5-hapi-searchset-PractitionerRole-page2.json");
        var (_, first) = await emulator.GetAsync("fhir/PractitionerRole?_count=3");

        var (status, second) = await emulator.GetAsync("fhir" + new Uri(IhrisEmulatorFixture.NextLink(first)!).Query);

        Assert.Equal(200, status);
        Assert.Equal(BundleShape.Of(fixture), BundleShape.Of(second));
    }

    [Fact]
    public async Task Search_NextLink_HasHapiGetpagesForm()
    {
        await using var emulator = await IhrisEmulatorFixture.StartAsync();

        var (_, page) = await emulator.GetAsync("fhir/Practitioner?_count=5");

        var next = IhrisEmulatorFixture.NextLink(page)!;
        Assert.Matches(
            $"^{emulator.Emulator.FhirBaseUrl}\\?_getpages=[0-9a-f-]{{36}}&_getpagesoffset=5&_count=5&_pretty=true&_bundletype=searchset$",
            next);
    }

    [Fact]
    public async Task Search_FollowingNextLinks_ReturnsEveryResourceExactlyOnce()
    {
        await using var emulator = await IhrisEmulatorFixture.StartAsync();

        var pages = await emulator.GetAllPagesAsync("fhir/Practitioner?_count=5");

        var ids = pages.SelectMany(p => IhrisEmulatorFixture.Resources(p)).Select(r => (string)r["id"]!).ToList();
        Assert.Equal(3, pages.Count);
        Assert.Equal(IhrisTestWorld.WorkerCount, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(pages, p => Assert.Equal(IhrisTestWorld.WorkerCount, (int)p["total"]!));
    }

    [Fact]
    public async Task Search_WithCount_ReturnsThatManyMatches()
    {
        await using var emulator = await IhrisEmulatorFixture.StartAsync();

        var (_, page) = await emulator.GetAsync("fhir/Location?_count=4");

        Assert.Equal(4, IhrisEmulatorFixture.Resources(page).Count());
        Assert.Equal(IhrisTestWorld.LocationCount, (int)page["total"]!);
    }

    [Fact]
    public async Task Search_WithoutCount_UsesHapiDefaultPageSizeOf20()
    {
        await using var emulator = await IhrisEmulatorFixture.StartAsync();
        for (var i = 0; i < 25; i++)
        {
            emulator.Store.Put(new JsonObject { ["resourceType"] = "Basic", ["id"] = $"b{i}" });
        }

        var (_, page) = await emulator.GetAsync("fhir/Basic");

        Assert.Equal(20, IhrisEmulatorFixture.Resources(page).Count());
        Assert.NotNull(IhrisEmulatorFixture.NextLink(page));
    }

    [Fact]
    public async Task Search_CountAboveMaximum_IsReducedTo200()
    {
        await using var emulator = await IhrisEmulatorFixture.StartAsync(o => o.MaxPageSize = 200);
        for (var i = 0; i < 210; i++)
        {
            emulator.Store.Put(new JsonObject { ["resourceType"] = "Basic", ["id"] = $"b{i}" });
        }

        var (_, page) = await emulator.GetAsync("fhir/Basic?_count=500");

        Assert.Equal(200, IhrisEmulatorFixture.Resources(page).Count());
    }

    [Fact]
    public async Task Search_ByPartOf_ReturnsChildrenOnly()
    {
        await using var emulator = await IhrisEmulatorFixture.StartAsync();

        var (_, page) = await emulator.GetAsync("fhir/Location?partof=Location/DS-DKC");

        var ids = IhrisEmulatorFixture.Resources(page).Select(r => (string)r["id"]!).Order();
        Assert.Equal(["F-001", "F-002", "F-003"], ids);
    }

    [Fact]
    public async Task Search_ByTypeCode_ReturnsFacilitiesOfThatType()
    {
        await using var emulator = await IhrisEmulatorFixture.StartAsync();

        var (_, page) = await emulator.GetAsync("fhir/Location?type=PS");

        Assert.Equal(["F-002", "F-003", "F-005"], IhrisEmulatorFixture.Resources(page).Select(r => (string)r["id"]!).Order());
    }

    [Fact]
    public async Task Search_ById_ReturnsListedIds()
    {
        await using var emulator = await IhrisEmulatorFixture.StartAsync();

        var (_, page) = await emulator.GetAsync("fhir/Practitioner?_id=W-002,W-007");

        Assert.Equal(["W-002", "W-007"], IhrisEmulatorFixture.Resources(page).Select(r => (string)r["id"]!).Order());
    }

    [Fact]
    public async Task Search_CodeSystemByUrl_ReturnsTheJobCodeSystemWithCadres()
    {
        await using var emulator = await IhrisEmulatorFixture.StartAsync();

        var (_, page) = await emulator.GetAsync("fhir/CodeSystem?url=http://ihris.org/fhir/CodeSystem/ihris-job");

        var codeSystem = Assert.Single(IhrisEmulatorFixture.Resources(page));
        var midwife = codeSystem["concept"]!.AsArray().Single(c => (string?)c!["code"] == "J-SFE")!;
        Assert.Equal("SFE", (string?)midwife["property"]![0]!["valueCoding"]!["code"]);
    }

    [Fact]
    public async Task Search_IncludePractitioner_AddsEachPractitionerOnceAsInclude()
    {
        await using var emulator = await IhrisEmulatorFixture.StartAsync();

        var (_, page) = await emulator.GetAsync("fhir/PractitionerRole?practitioner=Practitioner/W-001&_include=PractitionerRole:practitioner");

        Assert.Equal(["R-001", "R-013"], IhrisEmulatorFixture.Resources(page).Select(r => (string)r["id"]!).Order());
        var included = Assert.Single(IhrisEmulatorFixture.Resources(page, "include"));
        Assert.Equal("W-001", (string?)included["id"]);
    }

    [Fact]
    public async Task Search_UnknownParameter_Answers400WithOperationOutcome()
    {
        await using var emulator = await IhrisEmulatorFixture.StartAsync();

        var (status, body) = await emulator.GetAsync("fhir/Location?colour=blue");

        Assert.Equal(400, status);
        Assert.Equal("OperationOutcome", (string?)body["resourceType"]);
        Assert.Contains("Unknown search parameter \"colour\"", (string?)body["issue"]![0]!["diagnostics"], StringComparison.Ordinal);
    }
}
