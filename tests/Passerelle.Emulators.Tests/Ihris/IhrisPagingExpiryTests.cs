namespace Passerelle.Emulators.Tests.Ihris;

public sealed class IhrisPagingExpiryTests
{
    [Fact]
    public async Task GetPages_BeforeExpiry_ServesTheNextPage()
    {
        // Given a search whose paging link is 59 minutes old (HAPI keeps searches 60 minutes)
        await using var emulator = await IhrisEmulatorFixture.StartAsync();
        var (_, first) = await emulator.GetAsync("fhir/Practitioner?_count=5");
        emulator.Time.Advance(TimeSpan.FromMinutes(59));

        // When the next link is followed
        var (status, second) = await emulator.GetAsync("fhir" + new Uri(IhrisEmulatorFixture.NextLink(first)!).Query);

        // Then the page is served
        Assert.Equal(200, status);
        Assert.Equal(5, IhrisEmulatorFixture.Resources(second).Count());
    }

    [Fact]
    public async Task GetPages_AfterExpiry_Answers410GoneWithOperationOutcome()
    {
        // Given a search whose paging link is older than the configured expiry
        await using var emulator = await IhrisEmulatorFixture.StartAsync(o => o.SearchExpiry = TimeSpan.FromMinutes(10));
        var (_, first) = await emulator.GetAsync("fhir/Practitioner?_count=5");
        var next = new Uri(IhrisEmulatorFixture.NextLink(first)!);
        emulator.Time.Advance(TimeSpan.FromMinutes(10));

        // When the next link is followed
        var (status, body) = await emulator.GetAsync("fhir" + next.Query);

        // Then HAPI's answer for an unknown search id: 410 with an OperationOutcome naming the id
        var searchId = System.Web.HttpUtility.ParseQueryString(next.Query)["_getpages"];
        Assert.Equal(410, status);
        Assert.Equal("OperationOutcome", (string?)body["resourceType"]);
        Assert.Equal("error", (string?)body["issue"]![0]!["severity"]);
        Assert.Equal($"Search ID \"{searchId}\" does not exist and may have expired", (string?)body["issue"]![0]!["diagnostics"]);
    }

    [Fact]
    public async Task GetPages_ThroughBackendResourcePath_ServesThePage()
    {
        // The iHRIS frontend rewrites "/fhir?" to "/fhir/{Resource}?" (ihris.md §2.1).
        await using var emulator = await IhrisEmulatorFixture.StartAsync();
        var (_, first) = await emulator.GetAsync("fhir/Practitioner?_count=5");

        var (status, second) = await emulator.GetAsync("fhir/Practitioner" + new Uri(IhrisEmulatorFixture.NextLink(first)!).Query);

        Assert.Equal(200, status);
        Assert.Equal(5, IhrisEmulatorFixture.Resources(second).Count());
    }

    [Fact]
    public async Task Search_RestartedAfterExpiry_PagesAgain()
    {
        await using var emulator = await IhrisEmulatorFixture.StartAsync();
        await emulator.GetAsync("fhir/Practitioner?_count=5");
        emulator.Time.Advance(TimeSpan.FromHours(2));

        var pages = await emulator.GetAllPagesAsync("fhir/Practitioner?_count=5");

        Assert.Equal(IhrisTestWorld.WorkerCount, pages.Sum(p => IhrisEmulatorFixture.Resources(p).Count()));
    }
}
