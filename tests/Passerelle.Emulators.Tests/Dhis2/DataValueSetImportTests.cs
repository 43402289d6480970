using System.Text.Json.Nodes;
using Passerelle.Emulators.Dhis2;

namespace Passerelle.Emulators.Tests.Dhis2;

public sealed class DataValueSetImportTests
{
    private const string UnknownElement = """{"dataValues":[{"dataElement":"noSuchDeUid","period":"201201","orgUnit":"DiszpKrYNg8","value":"1"}]}""";

    private static async Task<EmulatorSession> WithAggregateMetadataAsync(string version = "2.40")
    {
        var session = await EmulatorSession.StartAsync(Dhis2World.SierraLeone, version);
        var (status, body) = await session.PostAsync("api/metadata", Fixtures.Text("core_e2e_aggregate_metadata.json"));
        Assert.True(status == 200, body.ToJsonString());
        return session;
    }

    [Fact]
    public async Task PostBulk_RealPayload_AllImportedWithRecordedSuccessShape()
    {
        await using var session = await WithAggregateMetadataAsync();
        var payload = Fixtures.Json("core_e2e_dataValues_bulk.json");

        var (status, body) = await session.PostAsync("api/dataValueSets", payload.ToJsonString());

        Assert.True(status == 200, body.ToJsonString());
        JsonShape.AssertSameShape(Fixtures.Json("android_datavalueset_data_value_set_success.json"), body, strict: true);
        Assert.Equal(payload["dataValues"]!.AsArray().Count, (int)body["response"]!["importCount"]!["imported"]!);
        Assert.Equal(payload["dataValues"]!.AsArray().Count, session.Store.DataValues.Count);
    }

    [Fact]
    public async Task PostBulk_Twice_SecondTimeIgnoredOn240()
    {
        await using var session = await WithAggregateMetadataAsync();
        var payload = Fixtures.Text("core_e2e_dataValues_bulk.json");
        await session.PostAsync("api/dataValueSets", payload);

        var (_, body) = await session.PostAsync("api/dataValueSets", payload);

        var count = body["response"]!["importCount"]!;
        Assert.Equal(0, (int)count["imported"]!);
        Assert.Equal(0, (int)count["updated"]!);
        Assert.True((int)count["ignored"]! > 0);
    }

    [Fact]
    public async Task PostBulk_On243_CreatesCountedAsUpdatedImportedZero()
    {
        await using var session = await WithAggregateMetadataAsync("2.43");
        var payload = Fixtures.Json("core_e2e_dataValues_bulk.json");

        var (_, body) = await session.PostAsync("api/dataValueSets", payload.ToJsonString());

        var count = body["response"]!["importCount"]!;
        Assert.Equal(0, (int)count["imported"]!);
        Assert.Equal(payload["dataValues"]!.AsArray().Count, (int)count["updated"]!);
    }

    [Fact]
    public async Task PostSingleDataSet_RealPayloadWithHeader_Imported()
    {
        await using var session = await WithAggregateMetadataAsync();

        var (status, body) = await session.PostAsync("api/dataValueSets", Fixtures.Text("core_e2e_dataValues_single_dataset.json"));

        Assert.True(status == 200, body.ToJsonString());
        Assert.Equal(2, (int)body["response"]!["importCount"]!["imported"]!);
    }

    [Fact]
    public async Task PostValueWithoutCombos_DefaultsApplied_ThenEmptyValueDeletes()
    {
        // Given a value without option combos (defaults apply), as in dataValueSetJ
        await using var session = await EmulatorSession.StartAsync(Dhis2World.SierraLeone);
        await session.PostAsync("api/metadata", """{"dataElements":[{"id":"f7n9E0hX8qk","name":"J","shortName":"J","valueType":"INTEGER","domainType":"AGGREGATE","aggregationType":"SUM"}]}""");
        var (_, created) = await session.PostAsync("api/dataValueSets", Fixtures.Text("core_integration_dataValueSetJ.json"));
        var key = new DataValueKey("f7n9E0hX8qk", "201201", "DiszpKrYNg8", "HllvX50cXC0", "HllvX50cXC0");

        // When the same value comes back without a value
        var (_, deleted) = await session.PostAsync("api/dataValueSets", Fixtures.Text("core_integration_dataValueSetJDeleteNoValue.json"));

        // Then it was created, then soft-deleted
        Assert.Equal(1, (int)created["response"]!["importCount"]!["imported"]!);
        Assert.Equal(1, (int)deleted["response"]!["importCount"]!["deleted"]!);
        Assert.True(session.Store.DataValue(key)!.Deleted);
    }

    [Theory]
    [InlineData("2.38", 409, "Conflict")]
    [InlineData("2.40", 409, "Conflict")]
    [InlineData("2.43", 200, "OK")]
    public async Task PostUnknownDataElement_Warning_HttpStatusOfVersion(string version, int expectedStatus, string httpStatus)
    {
        await using var session = await EmulatorSession.StartAsync(Dhis2World.SierraLeone, version);

        var (status, body) = await session.PostAsync("api/dataValueSets", UnknownElement);

        // One value, refused: 2.38–2.42 report WARNING in a 409, 2.43 reports ERROR (nothing succeeded) in a 409 too
        var summaryStatus = (string)body["response"]!["status"]!;
        Assert.Equal(version == "2.43" ? "ERROR" : "WARNING", summaryStatus);
        Assert.Equal(version == "2.43" ? 409 : expectedStatus, status);
        Assert.Equal(version == "2.43" ? "Conflict" : httpStatus, (string)body["httpStatus"]!);
        Assert.Equal("E7610", (string)body["response"]!["conflicts"]![0]!["errorCode"]!);
    }

    [Fact]
    public async Task PostPartlyWrong_On243_WarningWith200()
    {
        await using var session = await WithAggregateMetadataAsync("2.43");

        var (status, body) = await session.PostAsync("api/dataValueSets", """
            {"dataValues":[{"dataElement":"noSuchDeUid","period":"2018","orgUnit":"O6uvpzGd5pu","value":"1"},
                           {"dataElement":"tpz77FcntKx","period":"2018","orgUnit":"O6uvpzGd5pu","value":"5"}]}
            """);

        Assert.Equal(200, status);
        Assert.Equal("WARNING", (string)body["status"]!);
        Assert.Equal("Import completed with warnings, please check import summary.", (string)body["message"]!);
        Assert.Null(body["response"]!["conflicts"]![0]!["object"]);
    }

    [Fact]
    public async Task PostUnknownDataElement_On240_ConflictWithObjectPropertyAndIndex()
    {
        await using var session = await EmulatorSession.StartAsync(Dhis2World.SierraLeone);

        var (_, body) = await session.PostAsync("api/dataValueSets", UnknownElement);

        Assert.Equal("One more conflicts encountered, please check import summary.", (string)body["message"]!);
        var conflict = body["response"]!["conflicts"]![0]!;
        Assert.Equal("noSuchDeUid", (string)conflict["object"]!);
        Assert.Equal("dataElement", (string)conflict["property"]!);
        Assert.Equal("[0]", conflict["indexes"]!.ToJsonString());
    }

    [Fact]
    public async Task PostValueOfWrongType_E7619WithTypeKey()
    {
        await using var session = await WithAggregateMetadataAsync();
        var element = session.Store.DataElements.First(d => (string?)d["valueType"] == "NUMBER" && (string?)d["categoryCombo"]?["id"] == "bjDvmb4bfuf");

        var (_, body) = await session.PostAsync("api/dataValueSets", $$"""{"dataValues":[{"dataElement":"{{element["id"]}}","period":"2018","orgUnit":"O6uvpzGd5pu","value":"abc"}]}""");

        var conflict = body["response"]!["conflicts"]![0]!;
        JsonShape.AssertSameShape(Fixtures.Json("android_imports_import_conflict.json"), conflict, strict: true);
        Assert.Equal("E7619", (string)conflict["errorCode"]!);
        Assert.Equal("value_not_numeric", (string)conflict["objects"]!["value"]!);
        Assert.Equal($"Value must match data element's `{element["id"]}` type constraints: Data value is not numeric", (string)conflict["value"]!);
    }

    [Theory]
    [InlineData("period", "2018-13", "E7611")]
    [InlineData("orgUnit", "noSuchOrgUn", "E7612")]
    [InlineData("categoryOptionCombo", "noSuchCoc01", "E7613")]
    [InlineData("attributeOptionCombo", "noSuchAoc01", "E7615")]
    public async Task PostUnknownIdentifier_RealConflictCode(string property, string value, string code)
    {
        await using var session = await WithAggregateMetadataAsync();
        var dataValue = new JsonObject { ["dataElement"] = "tpz77FcntKx", ["period"] = "2018", ["orgUnit"] = "O6uvpzGd5pu", ["value"] = "5" };
        dataValue[property] = value;

        var (_, body) = await session.PostAsync("api/dataValueSets", new JsonObject { ["dataValues"] = new JsonArray(dataValue) }.ToJsonString());

        Assert.Equal(code, (string)body["response"]!["conflicts"]![0]!["errorCode"]!);
    }

    [Fact]
    public async Task PostForOrgUnitOutsideDataSet_E7636()
    {
        await using var session = await WithAggregateMetadataAsync();
        var dataSet = session.Store.DataSets.First(d => d["organisationUnits"] is JsonArray { Count: > 0 } units && units.All(u => (string?)u!["id"] != "DiszpKrYNg8"));

        var (_, body) = await session.PostAsync("api/dataValueSets", $$"""{"dataSet":"{{dataSet["id"]}}","dataValues":[{"dataElement":"tpz77FcntKx","period":"2018","orgUnit":"DiszpKrYNg8","value":"5"}]}""");

        Assert.Equal("E7636", (string)body["response"]!["conflicts"]![0]!["errorCode"]!);
    }

    [Fact]
    public async Task PostUnknownDataSet_AbortedWithE7600()
    {
        await using var session = await EmulatorSession.StartAsync(Dhis2World.SierraLeone);

        var (status, body) = await session.PostAsync("api/dataValueSets", """{"dataSet":"noSuchDsUid","dataValues":[]}""");

        Assert.Equal(409, status);
        Assert.Equal("ERROR", (string)body["response"]!["status"]!);
        Assert.Equal("Import process was aborted", (string)body["response"]!["description"]!);
        Assert.Equal("E7600", (string)body["response"]!["conflicts"]![0]!["errorCode"]!);
    }

    [Fact]
    public async Task PostToApi37_On240_PlainSummary()
    {
        await using var session = await EmulatorSession.StartAsync(Dhis2World.SierraLeone);

        var (status, body) = await session.PostAsync("api/37/dataValueSets", UnknownElement);

        Assert.Equal(200, status);
        Assert.Equal("WARNING", (string)body["status"]!);
        Assert.NotNull(body["importCount"]);
        Assert.Null(body["httpStatusCode"]);
    }

    [Fact]
    public async Task PostDryRun_CountsButStoresNothing()
    {
        await using var session = await WithAggregateMetadataAsync();

        var (_, body) = await session.PostAsync("api/dataValueSets?dryRun=true", Fixtures.Text("core_e2e_dataValues_bulk.json"));

        Assert.True((int)body["response"]!["importCount"]!["imported"]! > 0);
        Assert.True((bool)body["response"]!["importOptions"]!["dryRun"]!);
        Assert.Empty(session.Store.DataValues);
    }

    [Fact]
    public async Task PostByCode_IdSchemeCode_ResolvesCodes()
    {
        await using var session = await WithAggregateMetadataAsync();
        var element = session.Store.Object("dataElements", "tpz77FcntKx")!;

        var (_, body) = await session.PostAsync("api/dataValueSets?idScheme=CODE", $$"""{"dataValues":[{"dataElement":"{{element["code"]}}","period":"2018","orgUnit":"OU_264","value":"7"}]}""");

        Assert.Equal(1, (int)body["response"]!["importCount"]!["imported"]!);
        Assert.Equal("CODE", (string)body["response"]!["importOptions"]!["idSchemes"]!["dataElementIdScheme"]!["type"]!);
        Assert.Equal("7", session.Store.DataValue(new DataValueKey("tpz77FcntKx", "2018", "O6uvpzGd5pu", "HllvX50cXC0", "HllvX50cXC0"))!.Value);
    }
}
