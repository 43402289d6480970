using System.Text.Json.Nodes;
using Passerelle.Emulators.Dhis2;

namespace Passerelle.Emulators.Tests.Dhis2;

/// <summary><c>async=true</c> imports answer with the job, then tasks and task summaries (web-api.md §5.1, §6.3).</summary>
public sealed class AsyncImportTests
{
    private static async Task<EmulatorSession> WithAggregateMetadataAsync()
    {
        var session = await EmulatorSession.StartAsync(Dhis2World.SierraLeone);
        var (status, body) = await session.PostAsync("api/metadata", Fixtures.Text("core_e2e_aggregate_metadata.json"));
        Assert.True(status == 200, body.ToJsonString());
        return session;
    }

    [Fact]
    public async Task PostDataValueSets_Async_AnswersInitiatedJobWithNotifierEndpoint()
    {
        await using var session = await WithAggregateMetadataAsync();

        var (status, body) = await session.PostAsync("api/dataValueSets?async=true", Fixtures.Text("core_e2e_dataValues_bulk.json"));

        Assert.Equal(200, status);
        Assert.Equal("OK", (string?)body["status"]);
        Assert.Equal("Initiated dataValueImport", (string?)body["message"]);
        var job = body["response"]!;
        Assert.Null(job["responseType"]);
        Assert.Equal("DATAVALUE_IMPORT", (string?)job["jobType"]);
        Assert.Equal($"/api/system/tasks/DATAVALUE_IMPORT/{job["id"]}", (string?)job["relativeNotifierEndpoint"]);
    }

    [Fact]
    public async Task Tasks_PolledUntilCompleted_ThenSummaryIsThePlainImportSummary()
    {
        await using var session = await WithAggregateMetadataAsync();
        var payload = Fixtures.Json("core_e2e_dataValues_bulk.json");
        var (_, started) = await session.PostAsync("api/dataValueSets?async=true", payload.ToJsonString());
        var endpoint = ((string)started["response"]!["relativeNotifierEndpoint"]!).TrimStart('/');

        var (_, first) = await session.GetAsync(endpoint);
        var (_, second) = await session.GetAsync(endpoint);
        var (status, summary) = await session.GetAsync(endpoint.Replace("system/tasks", "system/taskSummaries", StringComparison.Ordinal));

        Assert.False((bool)first!.AsArray()[0]!["completed"]!);
        Assert.True((bool)second!.AsArray()[0]!["completed"]!);
        Assert.Equal(200, status);
        Assert.Equal("ImportSummary", (string?)summary!["responseType"]);
        Assert.True((bool)summary["importOptions"]!["async"]!);
        Assert.Equal(payload["dataValues"]!.AsArray().Count, (int)summary["importCount"]!["imported"]!);
    }

    [Fact]
    public async Task PostMetadata_Async_SummaryIsTheImportReport()
    {
        await using var session = await EmulatorSession.StartAsync(new Dhis2EmulatorOptions { World = Dhis2World.SierraLeone, AsyncPollsBeforeCompletion = 0 });

        var (_, started) = await session.PostAsync("api/metadata?async=true", Fixtures.Text("core_e2e_aggregate_metadata.json"));
        var id = (string)started["response"]!["id"]!;
        var (_, summary) = await session.GetAsync($"api/system/taskSummaries/METADATA_IMPORT/{id}");

        Assert.Equal("Initiated metadataImport", (string?)started["message"]);
        Assert.Equal("ImportReport", (string?)summary!["responseType"]);
        Assert.Equal("OK", (string?)summary["status"]);
        Assert.NotEmpty(session.Store.DataElements);
    }

    [Fact]
    public async Task Tasks_UnknownJob_EmptyList()
    {
        await using var session = await EmulatorSession.StartAsync(Dhis2World.Empty);

        var (status, body) = await session.GetAsync("api/system/tasks/DATAVALUE_IMPORT/abcdefghijk");

        Assert.Equal(200, status);
        Assert.Empty(body!.AsArray());
    }
}
