using System.Text.Json.Nodes;
using System.Web;
using Passerelle.Dhis2.Push;
using Passerelle.Dhis2.Tests.Support;

namespace Passerelle.Dhis2.Tests.Push;

public sealed class MetadataImportTests
{
    // Real captured ImportReport (web-api.md §5.2, dhis2-tools-dab docs/service_scripts.md).
    private const string OkReport = """
        {"httpStatus":"OK","httpStatusCode":200,"status":"OK","response":{"responseType":"ImportReport","status":"OK",
         "stats":{"created":0,"updated":1,"deleted":0,"ignored":0,"total":1},
         "typeReports":[{"klass":"org.hisp.dhis.user.User","stats":{"created":0,"updated":1,"deleted":0,"ignored":0,"total":1},
           "objectReports":[{"klass":"org.hisp.dhis.user.User","index":0,"uid":"M5zQapPyTZI","errorReports":[]}]}]}}
        """;

    // 409 shape from web-api.md §5.2 (WebMessageUtils.importReport), error report text from DOCS sharing.md.
    private const string ErrorReport = """
        {"httpStatus":"Conflict","httpStatusCode":409,"status":"WARNING",
         "message":"One or more errors occurred, please see full details in import report.",
         "response":{"responseType":"ImportReport","status":"ERROR",
          "stats":{"created":0,"updated":0,"deleted":0,"ignored":2,"total":2},
          "typeReports":[{"klass":"org.hisp.dhis.dataelement.DataElement","stats":{"created":0,"updated":0,"deleted":0,"ignored":2,"total":2},
            "objectReports":[{"klass":"org.hisp.dhis.dataelement.DataElement","index":1,"uid":"s46m5MS0hxu",
              "errorReports":[{"message":"No matching object for reference. Identifier was s46m5MS0hxu, and object was DataElement.",
                "mainKlass":"org.hisp.dhis.dataelement.DataElement","errorCode":"E5001","errorProperties":["s46m5MS0hxu","DataElement"]}]}]}]}}
        """;

    [Fact]
    public async Task ImportMetadataAsync_Ok_ReturnsStats()
    {
        var client = TestClients.Create(FakeDhis2Handler.Always(200, OkReport));

        var report = await client.ImportMetadataAsync(new JsonObject(), MetadataImportOptions.Commit);

        Assert.True(report.IsOk);
        Assert.Equal(new ImportStats(0, 1, 0, 0, 1), report.Stats);
        Assert.Equal("M5zQapPyTZI", report.TypeReports.Single().ObjectReports.Single().Uid);
        Assert.Empty(report.Errors);
    }

    [Fact]
    public async Task ImportMetadataAsync_409WithReport_ReturnsEveryErrorWithItsObject()
    {
        var client = TestClients.Create(FakeDhis2Handler.Always(409, ErrorReport));

        var report = await client.ImportMetadataAsync(new JsonObject(), MetadataImportOptions.Validate);

        Assert.Equal(Dhis2ImportStatus.Error, report.Status);
        Assert.Equal(409, report.HttpStatusCode);
        Assert.Equal(2, report.Stats.Ignored);
        var error = Assert.Single(report.Errors);
        Assert.Equal("org.hisp.dhis.dataelement.DataElement", error.ObjectType);
        Assert.Equal("s46m5MS0hxu", error.Uid);
        Assert.Equal(1, error.Index);
        Assert.Equal("E5001", error.ErrorCode);
        Assert.StartsWith("No matching object", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("core_e2e_aggregate_metadata.json")]
    [InlineData("core_webapi_cat_catoption_catcombo.json")]
    [InlineData("core_integration_metadata_with_indicators.json")]
    public async Task ImportMetadataAsync_RealPayload_IsSentUnchanged(string fixture)
    {
        var payload = JsonNode.Parse(Fixtures.Body(fixture))!;
        var handler = FakeDhis2Handler.Always(200, OkReport);
        var client = TestClients.Create(handler);

        await client.ImportMetadataAsync(payload, MetadataImportOptions.Validate);

        Assert.True(JsonNode.DeepEquals(payload, JsonNode.Parse(handler.Requests.Single().Body!)));
    }

    [Fact]
    public async Task ImportMetadataAsync_BuiltPackage_IsSentAsGenerated()
    {
        var package = Passerelle.Dhis2.Metadata.Dhis2MetadataPackageBuilder.Build(Passerelle.Dhis2.Tests.Metadata.SamplePlan.Create());
        var handler = FakeDhis2Handler.Always(200, OkReport);
        var client = TestClients.Create(handler);

        await client.ImportMetadataAsync(package, MetadataImportOptions.Validate);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(package.ToJson()), JsonNode.Parse(handler.Requests.Single().Body!)));
    }

    [Fact]
    public async Task ImportMetadataAsync_Pre238PlainReport_IsRead()
    {
        // ≤2.37 or /api/37/: the ImportReport alone, HTTP 200 (web-api.md §5.2).
        const string plain = """{"importParams":{},"status":"WARNING","stats":{"created":1,"updated":0,"deleted":0,"ignored":1,"total":2},"typeReports":[]}""";
        var client = TestClients.Create(FakeDhis2Handler.Always(200, plain));

        var report = await client.ImportMetadataAsync(new JsonObject(), MetadataImportOptions.Commit);

        Assert.Equal(Dhis2ImportStatus.Warning, report.Status);
        Assert.Equal(1, report.Stats.Created);
    }

    [Fact]
    public async Task ImportMetadataAsync_ValidateOptions_SendsModeAtomicAndStrategyAsPost()
    {
        var handler = FakeDhis2Handler.Always(200, OkReport);
        var client = TestClients.Create(handler);
        var payload = new JsonObject { ["dataElements"] = new JsonArray() };

        await client.ImportMetadataAsync(payload, MetadataImportOptions.Validate with { Atomic = AtomicMode.None, Strategy = ImportStrategy.Update });

        var request = handler.Requests.Single();
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("/api/metadata", request.Url.AbsolutePath);
        var query = HttpUtility.ParseQueryString(request.Url.Query);
        Assert.Equal("VALIDATE", query["importMode"]);
        Assert.Equal("NONE", query["atomicMode"]);
        Assert.Equal("UPDATE", query["importStrategy"]);
        Assert.Equal("""{"dataElements":[]}""", request.Body);
    }
}
