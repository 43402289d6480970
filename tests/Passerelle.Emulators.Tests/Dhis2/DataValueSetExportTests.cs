using Passerelle.Emulators.Dhis2;

namespace Passerelle.Emulators.Tests.Dhis2;

public sealed class DataValueSetExportTests
{
    private static async Task<EmulatorSession> WithBulkValuesAsync()
    {
        var session = await EmulatorSession.StartAsync(Dhis2World.SierraLeone);
        await session.PostAsync("api/metadata", Fixtures.Text("core_e2e_aggregate_metadata.json"));
        await session.PostAsync("api/dataValueSets", Fixtures.Text("core_e2e_dataValues_bulk.json"));
        return session;
    }

    [Fact]
    public async Task Get_OneDataSetPeriodOrgUnit_HeaderFormOfRecordedResponse()
    {
        await using var session = await WithBulkValuesAsync();
        var dataSet = (string)session.Store.DataSets.First(d => (string?)d["id"] != null && d["dataSetElements"]!.AsArray().Any(e => (string?)e!["dataElement"]!["id"] == "tpz77FcntKx"))["id"]!;

        var (status, body) = await session.GetAsync($"api/dataValueSets.json?dataSet={dataSet}&period=2018&orgUnit=O6uvpzGd5pu");

        Assert.Equal(200, status);
        JsonShape.AssertSameShape(Fixtures.Json("android_datavalue_data_values_BfMAe6Itzgt.json"), body);
        Assert.True(body!.AsObject().ContainsKey("completeDate"));
        var value = body["dataValues"]![0]!.AsObject();
        Assert.Equal(["dataElement", "period", "orgUnit", "categoryOptionCombo", "attributeOptionCombo", "value", "storedBy", "created", "lastUpdated", "comment", "followup"], value.Select(p => p.Key));
        Assert.EndsWith("+0000", (string)value["created"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_OrgUnitWithChildren_IncludesSubtreeValues()
    {
        await using var session = await WithBulkValuesAsync();

        var (_, body) = await session.GetAsync("api/dataValueSets?dataElement=tpz77FcntKx&startDate=2018-01-01&endDate=2018-12-31&orgUnit=ImspTQPwCqd&children=true");

        Assert.Null(body!["dataSet"]);
        Assert.Single(body["dataValues"]!.AsArray());
    }

    [Fact]
    public async Task Get_IncludeDeletedAfterDelete_WritesTheDeletedFlagAndNullComment()
    {
        // Given a value deleted after it was stored
        await using var session = await EmulatorSession.StartAsync(Dhis2World.SierraLeone);
        await session.PostAsync("api/metadata", """
            {"dataElements":[{"id":"deExported1","name":"E","shortName":"E","valueType":"NUMBER","domainType":"AGGREGATE","aggregationType":"SUM"}]}
            """);
        const string Value = """{"dataValues":[{"dataElement":"deExported1","period":"202401","orgUnit":"O6uvpzGd5pu","value":"4"}]}""";
        await session.PostAsync("api/dataValueSets", Value);
        await session.PostAsync("api/dataValueSets?importStrategy=DELETE", Value);

        // When it is exported with and without the deleted ones
        var (_, withDeleted) = await session.GetAsync("api/dataValueSets?dataElement=deExported1&period=202401&orgUnit=O6uvpzGd5pu&includeDeleted=true");
        var (_, without) = await session.GetAsync("api/dataValueSets?dataElement=deExported1&period=202401&orgUnit=O6uvpzGd5pu");

        // Then only the first has it, flagged, with every field written (null comment included)
        var value = withDeleted!["dataValues"]!.AsArray().Single()!.AsObject();
        Assert.Equal(["dataElement", "period", "orgUnit", "categoryOptionCombo", "attributeOptionCombo", "value", "storedBy", "created", "lastUpdated", "comment", "followup", "deleted"], value.Select(p => p.Key));
        Assert.True((bool)value["deleted"]!);
        Assert.Null(value["comment"]);
        Assert.Equal("4", (string)value["value"]!);
        Assert.Empty(without!["dataValues"]!.AsArray());
    }

    [Theory]
    [InlineData("api/dataValueSets?period=2018&orgUnit=O6uvpzGd5pu", "E2001")]
    [InlineData("api/dataValueSets?dataElement=tpz77FcntKx&orgUnit=O6uvpzGd5pu", "E2002")]
    [InlineData("api/dataValueSets?dataElement=tpz77FcntKx&period=2018", "E2006")]
    public async Task Get_MissingRequiredParameter_Conflict409(string path, string code)
    {
        await using var session = await EmulatorSession.StartAsync(Dhis2World.SierraLeone);

        var (status, body) = await session.GetAsync(path);

        Assert.Equal(409, status);
        Assert.Equal(code, (string)body!["errorCode"]!);
    }

    [Fact]
    public async Task Get_LastUpdatedAfterImport_ExcludesOlderValues()
    {
        await using var session = await WithBulkValuesAsync();

        var (_, body) = await session.GetAsync("api/dataValueSets?dataElement=tpz77FcntKx&lastUpdated=2999-01-01&orgUnit=O6uvpzGd5pu");

        Assert.Empty(body!["dataValues"]!.AsArray());
    }

    [Fact]
    public async Task Get_IdSchemeCode_WritesCodes()
    {
        await using var session = await WithBulkValuesAsync();
        var code = (string)session.Store.Object("dataElements", "tpz77FcntKx")!["code"]!;

        var (_, body) = await session.GetAsync("api/dataValueSets?dataElement=tpz77FcntKx&period=2018&orgUnit=O6uvpzGd5pu&idScheme=CODE");

        Assert.Equal(code, (string)body!["dataValues"]![0]!["dataElement"]!);
        Assert.Equal("OU_264", (string)body["dataValues"]![0]!["orgUnit"]!);
    }
}
