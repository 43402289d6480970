using System.Text.Json.Nodes;
using Passerelle.Emulators.Dhis2;

namespace Passerelle.Emulators.Tests.Dhis2;

public sealed class MetadataImportTests
{
    [Theory]
    [InlineData("core_e2e_aggregate_metadata.json")]
    [InlineData("core_e2e_setup_metadata.json")]
    [InlineData("core_e2e_ou_with_group_and_set.json")]
    [InlineData("core_webapi_cat_catoption_catcombo.json")]
    [InlineData("core_webapi_data_element_and_dataset_with_catcombo.json")]
    [InlineData("core_webapi_import_dashboard_with_valid_layout.json")]
    [InlineData("core_webapi_metadata_with_visualization.json")]
    [InlineData("core_integration_metadata_with_indicators.json")]
    public async Task PostMetadata_RealPayload_AcceptedWithOk(string fixtureName)
    {
        // Given the database the payload was written for: e2e payloads target the Sierra Leone demo, the others an empty test database
        await using var session = await EmulatorSession.StartAsync(fixtureName.StartsWith("core_e2e", StringComparison.Ordinal) ? Dhis2World.SierraLeone : Dhis2World.Empty);

        // When it is posted
        var (status, body) = await session.PostAsync("api/metadata", Fixtures.Text(fixtureName));

        // Then the import report says OK, like DHIS2 2.38+ in a WebMessage
        Assert.True(status == 200, body.ToJsonString());
        Assert.Equal("OK", (string)body["status"]!);
        Assert.Equal("ImportReport", (string)body["response"]!["responseType"]!);
        Assert.Equal("OK", (string)body["response"]!["status"]!);
    }

    [Fact]
    public async Task PostMetadata_CodeTakenByAnotherObject_E5003()
    {
        // Given Sierra Leone, where a category combo with code "Gender" already exists under another uid
        await using var session = await EmulatorSession.StartAsync(Dhis2World.SierraLeone);

        var (status, body) = await session.PostAsync("api/metadata", Fixtures.Text("core_webapi_metadata_with_visualization.json"));

        Assert.Equal(409, status);
        Assert.Contains("E5003", body.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostMetadata_SamePackageTwice_SecondTimeAllUpdated()
    {
        await using var session = await EmulatorSession.StartAsync(Dhis2World.SierraLeone);
        var payload = Fixtures.Text("core_e2e_aggregate_metadata.json");
        var (_, first) = await session.PostAsync("api/metadata", payload);

        var (_, second) = await session.PostAsync("api/metadata", payload);

        var total = (int)first["response"]!["stats"]!["total"]!;
        Assert.Equal(total, (int)first["response"]!["stats"]!["created"]!);
        Assert.Equal(0, (int)second["response"]!["stats"]!["created"]!);
        Assert.Equal(total, (int)second["response"]!["stats"]!["updated"]!);
    }

    [Fact]
    public async Task PostMetadata_ImportReport_ShapeOfRecordedReport()
    {
        await using var session = await EmulatorSession.StartAsync(Dhis2World.Empty);
        var recorded = JsonNode.Parse("""
            {"httpStatus":"OK","httpStatusCode":200,"status":"OK","response":{"responseType":"ImportReport","status":"OK",
             "stats":{"created":0,"updated":1,"deleted":0,"ignored":0,"total":1},
             "typeReports":[{"klass":"org.hisp.dhis.user.User","stats":{"created":0,"updated":1,"deleted":0,"ignored":0,"total":1},
               "objectReports":[{"klass":"org.hisp.dhis.user.User","index":0,"uid":"M5zQapPyTZI","errorReports":[]}]}]}}
            """);

        var (_, body) = await session.PostAsync("api/metadata?importReportMode=FULL", """{"organisationUnits":[{"name":"My Unit","shortName":"OU1","openingDate":"2020-01-01"}]}""");

        JsonShape.AssertSameShape(recorded, body, strict: true);
        Assert.Equal("org.hisp.dhis.organisationunit.OrganisationUnit", (string)body["response"]!["typeReports"]![0]!["klass"]!);
    }

    [Fact]
    public async Task PostMetadata_MissingRequiredProperty_Conflict409WithE4000AndNothingStored()
    {
        await using var session = await EmulatorSession.StartAsync(Dhis2World.Empty);

        var (status, body) = await session.PostAsync("api/metadata", """{"dataElements":[{"id":"deNoShortNm","name":"No short name","valueType":"NUMBER","domainType":"AGGREGATE","aggregationType":"SUM"}]}""");

        Assert.Equal(409, status);
        Assert.Equal("WARNING", (string)body["status"]!);
        Assert.Equal("One or more errors occurred, please see full details in import report.", (string)body["message"]!);
        Assert.Equal("ERROR", (string)body["response"]!["status"]!);
        var error = body["response"]!["typeReports"]![0]!["objectReports"]![0]!["errorReports"]![0]!;
        Assert.Equal("E4000", (string)error["errorCode"]!);
        Assert.Equal("shortName", (string)error["errorProperty"]!);
        Assert.Equal(1, (int)body["response"]!["stats"]!["ignored"]!);
        Assert.Null(session.Store.Object("dataElements", "deNoShortNm"));
    }

    [Fact]
    public async Task PostMetadata_UnknownReference_E5002()
    {
        await using var session = await EmulatorSession.StartAsync(Dhis2World.Empty);

        var (status, body) = await session.PostAsync("api/metadata", """{"dataElements":[{"id":"deBadCombo1","name":"A","shortName":"A","valueType":"NUMBER","domainType":"AGGREGATE","aggregationType":"SUM","categoryCombo":{"id":"noSuchCombo"}}]}""");

        Assert.Equal(409, status);
        var error = body["response"]!["typeReports"]![0]!["objectReports"]![0]!["errorReports"]![0]!;
        Assert.Equal("E5002", (string)error["errorCode"]!);
        Assert.Equal("categoryCombo", (string)error["errorProperty"]!);
    }

    [Fact]
    public async Task PostMetadata_AtomicNone_ValidObjectsCommittedWithWarning()
    {
        await using var session = await EmulatorSession.StartAsync(Dhis2World.Empty);

        var (status, body) = await session.PostAsync("api/metadata?atomicMode=NONE", """
            {"indicatorTypes":[{"id":"itGoodOne01","name":"Per cent","factor":100,"number":false},{"id":"itBadOne001","number":false}]}
            """);

        Assert.Equal(409, status);
        Assert.Equal("WARNING", (string)body["response"]!["status"]!);
        Assert.Equal(1, (int)body["response"]!["stats"]!["created"]!);
        Assert.NotNull(session.Store.Object("indicatorTypes", "itGoodOne01"));
        Assert.Null(session.Store.Object("indicatorTypes", "itBadOne001"));
    }

    [Fact]
    public async Task PostMetadata_ValidateMode_NothingStored()
    {
        await using var session = await EmulatorSession.StartAsync(Dhis2World.Empty);

        var (status, _) = await session.PostAsync("api/metadata?importMode=VALIDATE", """{"indicatorTypes":[{"id":"itGoodOne01","name":"Per cent","factor":100}]}""");

        Assert.Equal(200, status);
        Assert.Null(session.Store.Object("indicatorTypes", "itGoodOne01"));
    }

    [Fact]
    public async Task PostMetadata_TwoByTwoCategoryCombo_FourOptionCombosGenerated()
    {
        await using var session = await EmulatorSession.StartAsync(Dhis2World.Empty);

        await session.PostAsync("api/metadata", Fixtures.Text("core_webapi_cat_catoption_catcombo.json"));

        var combos = session.Store.CategoryOptionCombos.Where(c => (string?)c["categoryCombo"]?["id"] == "xBCZTtKoxWg").ToList();
        Assert.Equal(4, combos.Count);
        Assert.All(combos, c => Assert.Contains(", ", (string)c["name"]!, StringComparison.Ordinal));
    }

    [Fact]
    public async Task DefaultCategoryModel_Seeded_WithFixedUids()
    {
        await using var session = await EmulatorSession.StartAsync(Dhis2World.Empty);

        var (_, body) = await session.GetAsync("api/categoryCombos/bjDvmb4bfuf?fields=id,name,categoryOptionCombos[id,name],categories[id,categoryOptions[id]]");

        Assert.Equal("""{"id":"bjDvmb4bfuf","name":"default","categoryOptionCombos":[{"id":"HllvX50cXC0","name":"default"}],"categories":[{"id":"GLevLNI9wkl","categoryOptions":[{"id":"xYerKDKCefk"}]}]}""", body!.ToJsonString());
    }

    [Fact]
    public async Task PostMetadata_OrgUnits_PathAndLevelComputedByServer()
    {
        await using var session = await EmulatorSession.StartAsync(Dhis2World.Empty);

        await session.PostAsync("api/metadata", Fixtures.Text("core_e2e_ou_with_group_and_set.json"));

        var units = session.Store.OrganisationUnits;
        Assert.All(units, u => Assert.EndsWith((string)u["id"]!, (string)u["path"]!, StringComparison.Ordinal));
        Assert.Contains(units, u => (int)u["level"]! == 2);
    }

    [Fact]
    public async Task PostObject_Dashboard_CreatedWithLocation()
    {
        await using var session = await EmulatorSession.StartAsync(Dhis2World.Empty);
        using var content = new StringContent("""{"name":"Tableau de bord RH"}""", System.Text.Encoding.UTF8, "application/json");

        using var response = await session.Client.PostAsync("api/dashboards", content);

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(201, (int)response.StatusCode);
        Assert.Equal("ObjectReport", (string)body["response"]!["responseType"]!);
        Assert.EndsWith("/api/dashboards/" + (string)body["response"]!["uid"]!, response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }
}
