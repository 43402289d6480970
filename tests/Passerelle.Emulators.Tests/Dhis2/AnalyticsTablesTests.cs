using Passerelle.Emulators.Dhis2;

namespace Passerelle.Emulators.Tests.Dhis2;

/// <summary>With <c>AnalyticsFromTables</c>, analytics show the values captured by the last analytics table run.</summary>
public sealed class AnalyticsTablesTests
{
    private const string Value = """{"dataValues":[{"dataElement":"fbfJHSPpUQD","period":"202401","orgUnit":"DiszpKrYNg8","categoryOptionCombo":"HllvX50cXC0","value":"7"}]}""";

    [Fact]
    public async Task Analytics_FromTables_SeeValuesOnlyAfterTablesRun()
    {
        await using var session = await EmulatorSession.StartAsync(new Dhis2EmulatorOptions { World = Dhis2World.SierraLeone, AnalyticsFromTables = true });
        var (metadata, _) = await session.PostAsync("api/metadata", Fixtures.Text("core_e2e_aggregate_metadata.json"));
        Assert.Equal(200, metadata);
        var (imported, importBody) = await session.PostAsync("api/dataValueSets", Value);
        Assert.True(imported == 200, importBody.ToJsonString());
        const string Query = "api/analytics?dimension=dx:fbfJHSPpUQD&dimension=pe:202401&dimension=ou:DiszpKrYNg8";

        var (_, before) = await session.GetAsync(Query);
        var (status, job) = await session.PostAsync("api/resourceTables/analytics", "{}");
        var (_, after) = await session.GetAsync(Query);

        Assert.Empty(before!["rows"]!.AsArray());
        Assert.Equal(200, status);
        Assert.Equal("ANALYTICS_TABLE", (string?)job["response"]!["jobType"]);
        Assert.Equal("7.0", (string?)Assert.Single(after!["rows"]!.AsArray())![3]);
    }
}
