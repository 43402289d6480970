using System.Text.Json;
using System.Web;
using Passerelle.Dhis2.Http;
using Passerelle.Dhis2.Model;
using Passerelle.Dhis2.Push;
using Passerelle.Dhis2.Tests.Support;

namespace Passerelle.Dhis2.Tests.Push;

public sealed class DataValueImportTests
{
    private static readonly Dhis2DataValue[] OneValue = [new("f7n9E0hX8qk", "201201", "DiszpKrYNg8", Value: "10")];

    [Fact]
    public async Task ImportDataValueChunkAsync_RecordedSuccess_ReadsCounts()
    {
        var client = TestClients.Create(FakeDhis2Handler.Always(200, Fixtures.Body("android_datavalueset_data_value_set_success.json")));

        var result = await client.ImportDataValueChunkAsync(OneValue);

        Assert.Equal(Dhis2ImportStatus.Success, result.Status);
        Assert.Equal(3, result.Updated);
        Assert.Equal(3, result.Accepted);
        Assert.True(result.IsSuccess);
        Assert.Equal(200, result.HttpStatusCode);
    }

    [Fact]
    public async Task ImportDataValueChunkAsync_Recorded409Warning_IsAResultWithTheConflict()
    {
        // 2.38–2.42 answer a summary with conflicts with HTTP 409 (web-api.md §6.3).
        var client = TestClients.Create(FakeDhis2Handler.Always(409, Fixtures.Body("android_datavalueset_data_value_set_warning.json")));

        var result = await client.ImportDataValueChunkAsync(OneValue);

        Assert.Equal(Dhis2ImportStatus.Warning, result.Status);
        Assert.Equal(409, result.HttpStatusCode);
        Assert.Equal(1, result.Ignored);
        var conflict = Assert.Single(result.Conflicts);
        Assert.Equal("40L", conflict.Object);
        Assert.StartsWith("Data value is not a positive integer", conflict.Reason, StringComparison.Ordinal);
        Assert.False(result.IsSuccess);
    }

    [Fact]
    public async Task ImportDataValueChunkAsync_RecordedConflictWithObjectsAndIndexes_ReadsEveryField()
    {
        var conflict = Fixtures.Body("android_imports_import_conflict.json");
        var body = $$$"""
            {"httpStatus":"Conflict","httpStatusCode":409,"status":"WARNING","message":"One more conflicts encountered, please check import summary.",
             "response":{"responseType":"ImportSummary","status":"WARNING","description":"Import process completed successfully",
              "importCount":{"imported":6,"updated":0,"ignored":2,"deleted":0},"conflicts":[{{{conflict}}}],"dataSetComplete":"false"}}
            """;
        var client = TestClients.Create(FakeDhis2Handler.Always(409, body));

        var result = await client.ImportDataValueChunkAsync(OneValue, firstValueIndex: 5000, chunkIndex: 1);

        var read = Assert.Single(result.Conflicts);
        Assert.Equal("UOlfIjgN8X6", read.Object);
        Assert.Equal("value_not_numeric", read.Value);
        Assert.Equal("E7619", read.ErrorCode);
        Assert.Equal("value", read.Property);
        Assert.Equal([2, 7], read.Indexes);
        Assert.Contains("type constraints", read.Reason, StringComparison.Ordinal);
        Assert.Equal(6, result.Imported);
        Assert.Equal(5000, result.FirstValueIndex);
        Assert.Equal(1, result.ChunkIndex);
    }

    [Fact]
    public async Task ImportDataValueChunkAsync_243WarningWith200_IsReadLikeThe409()
    {
        // 2.43: 200 with WARNING, creates counted as updates, conflicts with objects.args (web-api.md §6.3).
        const string body = """
            {"httpStatus":"OK","httpStatusCode":200,"status":"WARNING","message":"Import completed with warnings, please check import summary.",
             "response":{"responseType":"ImportSummary","status":"WARNING","importCount":{"imported":0,"updated":4,"ignored":1,"deleted":0},
              "conflicts":[{"objects":{"args":"XXXXXXXXXXX"},"value":"Data element not found or not accessible: `XXXXXXXXXXX`","errorCode":"E7610","indexes":[3]}]}}
            """;
        var client = TestClients.Create(FakeDhis2Handler.Always(200, body));

        var result = await client.ImportDataValueChunkAsync(OneValue);

        Assert.Equal(Dhis2ImportStatus.Warning, result.Status);
        Assert.Equal(4, result.Accepted);
        var conflict = Assert.Single(result.Conflicts);
        Assert.Null(conflict.Object);
        Assert.Equal("XXXXXXXXXXX", conflict.Objects!["args"]);
        Assert.Equal([3], conflict.Indexes);
    }

    [Fact]
    public async Task ImportDataValueChunkAsync_409ErrorSummary_IsAResultWithStatusError()
    {
        // Outer validation failure: summary ERROR, "Import process was aborted" (web-api.md §6.2, §6.3).
        const string body = """
            {"httpStatus":"Conflict","httpStatusCode":409,"status":"ERROR","message":"An error occurred, please check import summary.",
             "response":{"responseType":"ImportSummary","status":"ERROR","description":"Import process was aborted",
              "importCount":{"imported":0,"updated":0,"ignored":0,"deleted":0},
              "conflicts":[{"object":"XXXXXXXXXXX","objects":{"dataSet":"XXXXXXXXXXX"},"value":"Data set not found or not accessible: `XXXXXXXXXXX`","errorCode":"E7600","property":"dataSet"}]}}
            """;
        var client = TestClients.Create(FakeDhis2Handler.Always(409, body));

        var result = await client.ImportDataValueChunkAsync(OneValue);

        Assert.Equal(Dhis2ImportStatus.Error, result.Status);
        Assert.Equal("Import process was aborted", result.Description);
        Assert.Equal(0, result.Accepted);
        Assert.Equal("E7600", result.Conflicts.Single().ErrorCode);
        Assert.Empty(result.Conflicts.Single().Indexes);
    }

    [Fact]
    public async Task ImportDataValuesAsync_RecordedBulkPayload_SendsEveryValueOnceInChunks()
    {
        // Given the real e2e bulk payload
        var values = JsonSerializer.Deserialize<DataValueSet>(Fixtures.Body("core_e2e_dataValues_bulk.json"), Passerelle.Dhis2.Json.Dhis2Json.Options)!.DataValues;
        var handler = FakeDhis2Handler.Always(200, Fixtures.Body("android_datavalueset_data_value_set_success.json"));
        var client = TestClients.Create(handler, o => o.ChunkSize = 100);

        // When
        var results = await client.ImportDataValuesAsync(values).ToListAsync();

        // Then
        Assert.Equal((values.Count + 99) / 100, handler.Requests.Count);
        var sent = handler.Requests.Sum(r => JsonDocument.Parse(r.Body!).RootElement.GetProperty("dataValues").GetArrayLength());
        Assert.Equal(values.Count, sent);
        Assert.Equal(values.Count, results.Sum(r => r.ValueCount));
    }

    private sealed record DataValueSet(IReadOnlyList<Dhis2DataValue> DataValues);

    [Fact]
    public async Task ImportDataValueChunkAsync_Pre238PlainSummary_IsRead()
    {
        var recorded = JsonDocument.Parse(Fixtures.Body("android_imports_data_value_import_summary_web_response.json"));
        var plain = recorded.RootElement.GetProperty("response").GetRawText();
        var client = TestClients.Create(FakeDhis2Handler.Always(200, plain));

        var result = await client.ImportDataValueChunkAsync(OneValue);

        Assert.Equal(10, result.Updated);
    }

    [Fact]
    public async Task ImportDataValueChunkAsync_409WithoutSummary_ThrowsConflictWithServerMessage()
    {
        var client = TestClients.Create(FakeDhis2Handler.Always(409, Fixtures.Body("ade_v41_error_409_conflict.json")));

        var error = await Assert.ThrowsAsync<Dhis2Exception>(() => client.ImportDataValueChunkAsync(OneValue));

        Assert.Equal(Dhis2ErrorKind.Conflict, error.Kind);
        Assert.Equal("E1111", error.ErrorCode);
        Assert.Contains("InvalidCategoryOption", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(10, 3, 4)]
    [InlineData(9, 3, 3)]
    [InlineData(1, 5000, 1)]
    [InlineData(0, 3, 0)]
    public async Task ImportDataValuesAsync_NValuesChunkK_SendsCeilNOverKPosts(int n, int k, int expectedPosts)
    {
        // Given
        var handler = FakeDhis2Handler.Always(200, Fixtures.Body("android_datavalueset_data_value_set_success.json"));
        var client = TestClients.Create(handler);
        var values = Enumerable.Range(0, n).Select(i => new Dhis2DataValue("f7n9E0hX8qk", "202401", $"OU{i:D9}", Value: $"{i}"));

        // When
        var results = await client.ImportDataValuesAsync(values, new DataValueImportOptions { ChunkSize = k }).ToListAsync();

        // Then
        Assert.Equal(expectedPosts, handler.Requests.Count);
        Assert.Equal(expectedPosts, results.Count);
        Assert.Equal(n, results.Sum(r => r.ValueCount));
        Assert.Equal(Enumerable.Range(0, expectedPosts).Select(i => i * k), results.Select(r => r.FirstValueIndex));
        Assert.All(handler.Requests, r => Assert.Equal(HttpMethod.Post, r.Method));
        var sentOrgUnits = handler.Requests
            .SelectMany(r => JsonDocument.Parse(r.Body!).RootElement.GetProperty("dataValues").EnumerateArray())
            .Select(v => v.GetProperty("orgUnit").GetString());
        Assert.Equal(values.Select(v => v.OrgUnit), sentOrgUnits);
    }

    [Fact]
    public async Task ImportDataValuesAsync_CodeSchemeDryRun_SendsParametersAndOmitsNulls()
    {
        var handler = FakeDhis2Handler.Always(200, Fixtures.Body("android_datavalueset_data_value_set_success.json"));
        var client = TestClients.Create(handler);

        await client.ImportDataValuesAsync(OneValue,
            new DataValueImportOptions { IdScheme = Dhis2IdScheme.Code, DryRun = true, Strategy = ImportStrategy.CreateAndUpdate }).ToListAsync();

        var request = handler.Requests.Single();
        var query = HttpUtility.ParseQueryString(request.Url.Query);
        Assert.Equal("/api/dataValueSets", request.Url.AbsolutePath);
        Assert.Equal("CODE", query["idScheme"]);
        Assert.Equal("true", query["dryRun"]);
        Assert.Equal("CREATE_AND_UPDATE", query["importStrategy"]);
        Assert.Equal("""{"dataValues":[{"dataElement":"f7n9E0hX8qk","period":"201201","orgUnit":"DiszpKrYNg8","value":"10"}]}""", request.Body);
    }
}
