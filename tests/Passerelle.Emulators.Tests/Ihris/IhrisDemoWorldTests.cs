using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using Passerelle.Emulators.Ihris;
using Passerelle.Emulators.Ihris.Worlds;
using Passerelle.Testing;

namespace Passerelle.Emulators.Tests.Ihris;

public sealed class IhrisDemoWorldTests
{
    [Theory]
    [InlineData("bundle-Practitioner.json", "Practitioner")]
    [InlineData("bundle-PractitionerRole.json", "PractitionerRole")]
    [InlineData("bundle-Facility.json", "Organization")]
    public async Task Search_IhrisDemoWorld_TotalEqualsTheBundleContents(string bundle, string resourceType)
    {
        // Given the emulator serving the real iHRIS demo bundles
        await using var emulator = await StartAsync();
        var expected = CountInReferenceBundles(resourceType, bundle);

        // When the resource type is searched
        using var http = new HttpClient { BaseAddress = emulator.RootUrl };
        var page = JsonNode.Parse(await http.GetStringAsync($"fhir/{resourceType}?_count=1"))!;

        // Then the total is the number of entries in the reference bundle
        Assert.Equal(expected, (int)page["total"]!);
    }

    [Fact]
    public async Task Search_IhrisDemoWorld_LocationsAreCountriesRegionsDistrictsAndFacilities()
    {
        await using var emulator = await StartAsync();
        var expected = CountInReferenceBundles("Location", "bundle-Country.json", "bundle-Region.json", "bundle-District.json", "bundle-Facility.json");

        Assert.Equal(expected, emulator.Store.Count("Location"));
        Assert.Equal(247 + 5 + 30 + 15, expected);
    }

    [Fact]
    public async Task Search_IhrisDemoWorld_PagingThroughAllRolesReturnsEachOnce()
    {
        await using var emulator = await StartAsync();
        using var http = new HttpClient { BaseAddress = emulator.RootUrl };

        var ids = new List<string>();
        string? next = "fhir/PractitionerRole?_count=200";
        while (next is not null)
        {
            var page = JsonNode.Parse(await http.GetStringAsync(next))!.AsObject();
            ids.AddRange(IhrisEmulatorFixture.Resources(page).Select(r => (string)r["id"]!));
            next = IhrisEmulatorFixture.NextLink(page) is { } url ? "fhir" + new Uri(url).Query : null;
        }

        Assert.Equal(1008, ids.Count);
        Assert.Equal(1008, ids.Distinct().Count());
    }

    [Fact]
    public async Task Search_IhrisDemoWorld_JobCodeSystemHasItsCadreProperty()
    {
        await using var emulator = await StartAsync();
        using var http = new HttpClient { BaseAddress = emulator.RootUrl };

        var page = JsonNode.Parse(await http.GetStringAsync("fhir/CodeSystem?url=http://ihris.org/fhir/CodeSystem/ihris-job"))!.AsObject();

        var codeSystem = Assert.Single(IhrisEmulatorFixture.Resources(page));
        Assert.Equal(51, codeSystem["concept"]!.AsArray().Count);
    }

    private static async Task<RunningIhrisEmulator> StartAsync()
    {
        var time = new FakeTimeProvider(IhrisEmulatorFixture.Start);
        var store = new IhrisFhirStore(time);
        IhrisDemoWorld.Load(store);
        return await IhrisEmulator.StartAsync(store, new IhrisEmulatorOptions { TimeProvider = time }, CancellationToken.None);
    }

    private static int CountInReferenceBundles(string resourceType, params string[] bundles) =>
        bundles.Sum(name => JsonNode.Parse(File.ReadAllText(RepositoryPaths.ReferenceFile("ihris", "data", "ihris5-demo", name)))!["entry"]!
            .AsArray()
            .Count(e => (string?)e!["resource"]!["resourceType"] == resourceType));
}
