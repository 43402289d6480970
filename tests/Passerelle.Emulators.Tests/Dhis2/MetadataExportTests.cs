using Passerelle.Emulators.Dhis2;

namespace Passerelle.Emulators.Tests.Dhis2;

/// <summary><c>GET /api/metadata</c> (web-api.md §5.3).</summary>
public sealed class MetadataExportTests
{
    private static async Task<EmulatorSession> WithAggregateMetadataAsync()
    {
        var session = await EmulatorSession.StartAsync(Dhis2World.SierraLeone);
        var (status, body) = await session.PostAsync("api/metadata", Fixtures.Text("core_e2e_aggregate_metadata.json"));
        Assert.True(status == 200, body.ToJsonString());
        return session;
    }

    [Fact]
    public async Task Export_NamedTypes_SystemHeaderThenOnlyThoseTypes()
    {
        await using var session = await WithAggregateMetadataAsync();

        var (status, body) = await session.GetAsync("api/metadata?dataElements=true&dataSets=true");

        Assert.Equal(200, status);
        var keys = body!.AsObject().Select(p => p.Key).ToList();
        Assert.Equal(["system", "dataElements", "dataSets"], keys);
        Assert.Equal(session.Store.DataElements.Count, body["dataElements"]!.AsArray().Count);
        Assert.NotNull(body["system"]!["version"]);
    }

    [Fact]
    public async Task Export_DefaultOwnerFields_StoredPropertiesWithoutComputedOnes()
    {
        await using var session = await WithAggregateMetadataAsync();

        var (_, body) = await session.GetAsync("api/metadata?dataElements=true");

        var element = body!["dataElements"]![0]!.AsObject();
        Assert.NotNull(element["id"]);
        Assert.NotNull(element["valueType"]);
        Assert.Null(element["displayName"]);
        Assert.Null(element["href"]);
    }

    [Fact]
    public async Task Export_TypeFilterAndFields_AppliedToThatType()
    {
        await using var session = await WithAggregateMetadataAsync();
        var target = session.Store.DataElements[0];

        var (_, body) = await session.GetAsync($"api/metadata?dataElements=true&dataElements:filter=id:eq:{target["id"]}&dataElements:fields=id,name");

        var element = Assert.Single(body!["dataElements"]!.AsArray())!.AsObject();
        Assert.Equal(["id", "name"], element.Select(p => p.Key));
        Assert.Equal((string?)target["name"], (string?)element["name"]);
    }

    [Fact]
    public async Task Export_DefaultsExcluded_NoDefaultCategoryCombo()
    {
        await using var session = await EmulatorSession.StartAsync(Dhis2World.Empty);

        var (_, included) = await session.GetAsync("api/metadata?categoryCombos=true");
        var (_, excluded) = await session.GetAsync("api/metadata?categoryCombos=true&defaults=EXCLUDE");

        Assert.Contains(included!["categoryCombos"]!.AsArray(), c => (string?)c!["id"] == "bjDvmb4bfuf");
        Assert.Null(excluded!["categoryCombos"]);
    }
}
