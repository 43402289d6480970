using System.Net;
using System.Text.Json;

namespace Passerelle.Web.Tests.Api;

[Collection(WebCollection.Name)]
public sealed class ApiTests(WebTestWarehouse warehouse) : IAsyncLifetime
{
    private readonly PasserelleFactory _factory = new(warehouse.NewCopy());

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Facilities_Viewer_ReturnsTheDemoFacilitiesWithLocationAndCompliance()
    {
        // Given a viewer
        var client = await _factory.SignedInAsync("viewer");

        // When the facility list is read
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/facilities"));
        var facilities = json.RootElement.EnumerateArray().ToList();

        // Then it holds the Kaolack facilities of the warehouse, placed and with a compliance where a norm applies
        var stored = await _factory.Warehouse.Dimensions.ReadFacilitiesAsync(CancellationToken.None);
        Assert.Equal(stored.Count, facilities.Count);
        Assert.All(facilities, f => Assert.Equal("SN-KL", f.GetProperty("regionCode").GetString()));
        Assert.Contains(facilities, f => f.GetProperty("meetsNorm").ValueKind == JsonValueKind.True);
        Assert.Contains(facilities, f => f.GetProperty("meetsNorm").ValueKind == JsonValueKind.False);
        Assert.True(facilities.Count(f => f.GetProperty("latitude").ValueKind == JsonValueKind.Number) > facilities.Count * 0.9);
    }

    [Fact]
    public async Task OpenApiDocument_Viewer_DescribesTheApi()
    {
        // Given a viewer
        var client = await _factory.SignedInAsync("viewer");

        // When the OpenAPI document is read
        using var json = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));

        // Then it lists the data endpoints and none of the form actions
        var paths = json.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/facilities", paths);
        Assert.Contains("/api/matches", paths);
        Assert.Contains("/api/runs", paths);
        Assert.DoesNotContain(paths, p => p.StartsWith("/actions", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Users_Reviewer_IsForbidden()
    {
        // Given a reviewer
        var client = await _factory.SignedInAsync("reviewer");

        // When the account list is asked for
        var response = await client.GetAsync("/api/users");

        // Then it is refused: only admins manage accounts
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Summary_AfterDemo_MatchesTheWarehouseFigures()
    {
        // Given a viewer
        var client = await _factory.SignedInAsync("viewer");

        // When the key figures are read
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/summary"));
        var root = json.RootElement;

        // Then the share of facilities meeting their norm equals the analysis' own country figure
        var countryShare = await _factory.Warehouse.Results
            .ReadIndicatorValuesAsync(new Core.Storage.IndicatorQuery("PASS_PCT_CONFORMES", OrgLevel: Core.Storage.OrgLevel.Country, UnitId: "SN"), CancellationToken.None)
            .FirstAsync(v => v.DisaggregationKey.Length == 0);
        Assert.Equal(countryShare.Numerator, root.GetProperty("facilitiesMeetingNorm").GetInt32());
        Assert.Equal(countryShare.Denominator, root.GetProperty("facilitiesWithNorm").GetInt32());
    }
}
