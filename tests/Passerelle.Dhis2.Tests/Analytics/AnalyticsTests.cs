using System.Text.Json;
using System.Text.Json.Nodes;
using System.Web;
using Passerelle.Dhis2.Analytics;
using Passerelle.Dhis2.Tests.Support;

namespace Passerelle.Dhis2.Tests.Analytics;

public sealed class AnalyticsTests
{
    /// <summary>The AN fixtures split one response into data and metaData parts; join them as the server sends them.</summary>
    private static string Joined(string name)
    {
        var data = JsonNode.Parse(Fixtures.Body($"analytics_{name}.data.json"))!.AsObject();
        var meta = JsonNode.Parse(Fixtures.Body($"analytics_{name}.metadata.json"))!.AsObject();
        data["metaData"] = meta["metaData"]!.DeepClone();
        return data.ToJsonString();
    }

    [Fact]
    public async Task GetAnalyticsAsync_RecordedLastFiveYears_ReadsRowByHeaderName()
    {
        var client = TestClients.Create(FakeDhis2Handler.Always(200, Joined("lastFiveYears")));

        var result = await client.GetAnalyticsAsync(new Dhis2AnalyticsQuery { Data = ["dwEq7wi6nXV"], Periods = ["LAST_5_YEARS"], IncludeNumeratorDenominator = true });

        var row = Assert.Single(result.Rows);
        Assert.Equal("dwEq7wi6nXV", row.DataItem);
        Assert.Equal("2019", row.Period);
        Assert.Equal(115.0, row.Value);
        Assert.Equal(291372.0, row.GetNumber("numerator"));
        Assert.Equal("ANC IPT 1 Coverage", result.NameOf("dwEq7wi6nXV"));
        Assert.Equal(["2015", "2016", "2017", "2018", "2019"], result.Dimensions["pe"]);
    }

    [Fact]
    public async Task GetAnalyticsAsync_RecordedSimple_ReadsEveryRow()
    {
        var body = Joined("simple");
        var expectedRows = JsonDocument.Parse(body).RootElement.GetProperty("rows").GetArrayLength();
        var client = TestClients.Create(FakeDhis2Handler.Always(200, body));

        var result = await client.GetAnalyticsAsync(new Dhis2AnalyticsQuery { Data = ["x"] });

        Assert.Equal(expectedRows, result.Rows.Count);
        Assert.Contains(result.Headers, h => h is { Name: "ou", Meta: true });
        Assert.All(result.Rows, r => Assert.NotNull(r.OrgUnit));
        Assert.Equal("July 2019", result.NameOf("201907"));
    }

    [Theory]
    [InlineData("core_e2e_analytics_LEVEL2_reconstructed.json", 13)]
    [InlineData("core_e2e_analytics_USER_ORGUNIT_children_reconstructed.json", 1)]
    public async Task GetAnalyticsAsync_ReconstructedResponses_AreRead(string fixture, int minimumOrgUnits)
    {
        var client = TestClients.Create(FakeDhis2Handler.Always(200, Fixtures.Body(fixture)));

        var result = await client.GetAnalyticsAsync(new Dhis2AnalyticsQuery { Data = ["ReUHfIn0pTQ"] });

        Assert.NotEmpty(result.Rows);
        Assert.True(result.Dimensions["ou"].Count >= minimumOrgUnits);
        Assert.All(result.Rows, r => Assert.NotNull(r.Value));
    }

    [Fact]
    public async Task GetAnalyticsAsync_Query_SendsDimensionsAndFilters()
    {
        var handler = FakeDhis2Handler.Always(200, Joined("lastFiveYears"));
        var client = TestClients.Create(handler);

        await client.GetAnalyticsAsync(new Dhis2AnalyticsQuery
        {
            Data = ["ReUHfIn0pTQ", "Uvn6LCg7dVU"],
            OrgUnits = ["ImspTQPwCqd", "LEVEL-wjP19dkFeIk"],
            Filters = ["pe:LAST_12_MONTHS"],
            RelativePeriodDate = new DateOnly(2022, 1, 1),
        });

        var url = handler.Requests.Single().Url;
        var query = HttpUtility.ParseQueryString(url.Query);
        Assert.Equal("/api/analytics", url.AbsolutePath);
        Assert.Equal(["dx:ReUHfIn0pTQ;Uvn6LCg7dVU", "ou:ImspTQPwCqd;LEVEL-wjP19dkFeIk"], query.GetValues("dimension")!);
        Assert.Equal("pe:LAST_12_MONTHS", query["filter"]);
        Assert.Equal("2022-01-01", query["relativePeriodDate"]);
    }
}
