using System.Globalization;
using System.Text.Json.Nodes;
using Passerelle.Emulators.Dhis2;

namespace Passerelle.Emulators.Tests.Dhis2;

public sealed class AnalyticsTests
{
    private static async Task<EmulatorSession> WithBulkValuesAsync()
    {
        var session = await EmulatorSession.StartAsync(Dhis2World.SierraLeone);
        await session.PostAsync("api/metadata", Fixtures.Text("core_e2e_aggregate_metadata.json"));
        await session.PostAsync("api/dataValueSets", Fixtures.Text("core_e2e_dataValues_bulk.json"));
        return session;
    }

    [Fact]
    public async Task Analytics_LevelWithBoundary_ShapeOfRecordedResponse()
    {
        // Given the bulk values of Bo for 2018
        await using var session = await WithBulkValuesAsync();

        // When asking per district, as the recorded e2e query does (ou boundary + LEVEL-uid, period as filter)
        var (status, body) = await session.GetAsync("api/analytics?filter=pe:2018&dimension=dx:tpz77FcntKx;FRbgzTZ74Hh,ou:ImspTQPwCqd;LEVEL-wjP19dkFeIk");

        // Then the grid has the recorded shape and the 13 districts, boundary excluded
        Assert.Equal(200, status);
        var recorded = Fixtures.Recorded("core_e2e_analytics_LEVEL2_reconstructed.json");
        JsonShape.AssertSameShape(recorded, body, strict: true);
        Assert.Equal(13, body!["metaData"]!["dimensions"]!["ou"]!.AsArray().Count);
        Assert.DoesNotContain("ImspTQPwCqd", body["metaData"]!["dimensions"]!["ou"]!.AsArray().Select(n => (string)n!));
        Assert.Equal("Sierra Leone", (string)body["metaData"]!["items"]!["ImspTQPwCqd"]!["name"]!);
    }

    [Fact]
    public async Task Analytics_DataElementTotal_SumsStoredValuesOfSubtree()
    {
        await using var session = await WithBulkValuesAsync();
        var expected = session.Store.DataValues.Where(v => v.Key.DataElement == "tpz77FcntKx").Sum(v => double.Parse(v.Value!, CultureInfo.InvariantCulture));

        var (_, body) = await session.GetAsync("api/analytics?dimension=dx:tpz77FcntKx&dimension=pe:2018&dimension=ou:ImspTQPwCqd");

        var row = body!["rows"]![0]!.AsArray();
        Assert.Equal(["tpz77FcntKx", "2018", "ImspTQPwCqd"], row.Take(3).Select(n => (string)n!));
        Assert.Equal(expected.ToString("0.0", CultureInfo.InvariantCulture), (string)row[3]!);
        Assert.Equal(1, (int)body["height"]!);
        Assert.Equal(4, (int)body["width"]!);
    }

    [Fact]
    public async Task Analytics_OrgUnitFilterWithParentAndChild_CountsEachValueOnce()
    {
        // Given the bulk values of Bo (O6uvpzGd5pu), under Sierra Leone (ImspTQPwCqd)
        await using var session = await WithBulkValuesAsync();
        var expected = session.Store.DataValues.Where(v => v.Key.DataElement == "tpz77FcntKx").Sum(v => double.Parse(v.Value!, CultureInfo.InvariantCulture));

        // When the filter names both the country and the district
        var (_, body) = await session.GetAsync("api/analytics?dimension=dx:tpz77FcntKx&dimension=pe:2018&filter=ou:ImspTQPwCqd;O6uvpzGd5pu");

        // Then each value is added once
        var row = body!["rows"]![0]!.AsArray();
        Assert.Equal(expected.ToString("0.0", CultureInfo.InvariantCulture), (string)row[2]!);
    }

    [Fact]
    public async Task Analytics_ValueImportedAfterAQuery_NextQueryAddsIt()
    {
        // Given a yearly total already asked for once
        await using var session = await EmulatorSession.StartAsync(Dhis2World.SierraLeone);
        await session.PostAsync("api/metadata", """
            {"dataElements":[{"id":"deCounted01","name":"C","shortName":"C","valueType":"NUMBER","domainType":"AGGREGATE","aggregationType":"SUM"}]}
            """);
        await session.PostAsync("api/dataValueSets", """{"dataValues":[{"dataElement":"deCounted01","period":"202401","orgUnit":"O6uvpzGd5pu","value":"5"}]}""");
        const string Query = "api/analytics?dimension=dx:deCounted01&dimension=pe:2024&dimension=ou:O6uvpzGd5pu";
        var (_, before) = await session.GetAsync(Query);

        // When a value of another month of that year is imported
        await session.PostAsync("api/dataValueSets", """{"dataValues":[{"dataElement":"deCounted01","period":"202402","orgUnit":"O6uvpzGd5pu","value":"7"}]}""");
        var (_, after) = await session.GetAsync(Query);

        // Then the next answer includes it
        Assert.Equal("5.0", (string)before!["rows"]![0]![3]!);
        Assert.Equal("12.0", (string)after!["rows"]![0]![3]!);
    }

    [Fact]
    public async Task Analytics_UserOrgUnitChildren_ShapeOfRecordedResponse()
    {
        await using var session = await WithBulkValuesAsync();

        var (_, body) = await session.GetAsync("api/analytics?filter=pe:THIS_YEAR&dimension=dx:tpz77FcntKx,ou:USER_ORGUNIT;USER_ORGUNIT_CHILDREN&relativePeriodDate=2018-06-01");

        JsonShape.AssertSameShape(Fixtures.Recorded("core_e2e_analytics_USER_ORGUNIT_children_reconstructed.json"), body, strict: true);
        Assert.Equal(14, body!["metaData"]!["dimensions"]!["ou"]!.AsArray().Count);
        Assert.Equal(2, (int)body["height"]!);
    }

    [Fact]
    public async Task Analytics_Indicator_EvaluatesExpressionWithFactor()
    {
        await using var session = await EmulatorSession.StartAsync(Dhis2World.SierraLeone);
        await session.PostAsync("api/metadata", """
            {"dataElements":[{"id":"deNumerator","name":"N","shortName":"N","valueType":"NUMBER","domainType":"AGGREGATE","aggregationType":"SUM"},
                             {"id":"deDenominat","name":"D","shortName":"D","valueType":"NUMBER","domainType":"AGGREGATE","aggregationType":"SUM"}],
             "indicatorTypes":[{"id":"itPerCent01","name":"Per cent","factor":100,"number":false}],
             "indicators":[{"id":"inCoverage1","name":"Couverture","shortName":"Couverture","numerator":"#{deNumerator}","denominator":"#{deDenominat}","indicatorType":{"id":"itPerCent01"},"annualized":false}]}
            """);
        await session.PostAsync("api/dataValueSets", """
            {"dataValues":[{"dataElement":"deNumerator","period":"202401","orgUnit":"O6uvpzGd5pu","value":"1"},
                           {"dataElement":"deDenominat","period":"202401","orgUnit":"O6uvpzGd5pu","value":"3"}]}
            """);

        var (_, body) = await session.GetAsync("api/analytics?dimension=dx:inCoverage1&dimension=pe:202401&dimension=ou:O6uvpzGd5pu&includeNumDen=true");

        var row = body!["rows"]![0]!.AsArray().Select(n => (string)n!).ToArray();
        Assert.Equal(["inCoverage1", "202401", "O6uvpzGd5pu", "33.33", "1.0", "3.0", "100.0", "100.0", "1.0"], row);
        JsonShape.AssertSameShape(Fixtures.Json("analytics_simple.data.json")["headers"], body["headers"], strict: true);
    }

    [Fact]
    public async Task Analytics_LastTwelveMonths_RelativeToReferenceDate()
    {
        await using var session = await EmulatorSession.StartAsync(Dhis2World.SierraLeone);

        var (_, body) = await session.GetAsync("api/analytics?dimension=dx:fbfJHSPpUQD&dimension=pe:LAST_12_MONTHS&filter=ou:ImspTQPwCqd&relativePeriodDate=2022-01-01");

        var periods = body!["metaData"]!["dimensions"]!["pe"]!.AsArray().Select(n => (string)n!).ToList();
        Assert.Equal("202101", periods[0]);
        Assert.Equal("202112", periods[^1]);
        Assert.Equal("Last 12 months", (string)body["metaData"]!["items"]!["LAST_12_MONTHS"]!["name"]!);
    }

    [Theory]
    [InlineData("api/analytics", "E7101")]
    [InlineData("api/analytics?dimension=pe:2018&dimension=ou:ImspTQPwCqd", "E7102")]
    [InlineData("api/analytics?dimension=dx:fbfJHSPpUQD&dimension=ou:ImspTQPwCqd", "E7104")]
    public async Task Analytics_InvalidQuery_Conflict409WithErrorCode(string path, string code)
    {
        await using var session = await EmulatorSession.StartAsync(Dhis2World.SierraLeone);

        var (status, body) = await session.GetAsync(path);

        Assert.Equal(409, status);
        Assert.Equal(code, (string)body!["errorCode"]!);
        Assert.Equal("ERROR", (string)body["status"]!);
    }

    [Theory]
    [InlineData(22356.0, "22356.0")]
    [InlineData(101.47, "101.47")]
    [InlineData(12345678.0, "1.2345678E7")]
    public void JavaDoubleFormat_AsJavaDoubleToString(double value, string expected) =>
        Assert.Equal(expected, Emulators.Dhis2.Analytics.JavaDouble.Format(value));
}
