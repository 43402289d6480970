using System.Net.Http.Json;
using System.Text.Json;
using Passerelle.Dhis2.Http;
using Passerelle.Dhis2.Json;

namespace Passerelle.Dhis2.Push;

/// <summary>
/// <c>POST /api/metadata</c>: sends a package and reads the ImportReport, never retried. With <c>async=true</c> the
/// report is read from the job's task summary once DHIS2 says the job completed.
/// </summary>
internal sealed class MetadataImporter(Dhis2Transport transport, AsyncJobPoller poller, bool asyncByDefault)
{
    public async Task<MetadataImportReport> ImportAsync<TPayload>(
        TPayload payload, MetadataImportOptions options, CancellationToken cancellationToken)
    {
        var relative = new QueryString()
            .Add("importMode", Wire(options.Mode))
            .Add("atomicMode", Wire(options.Atomic))
            .Add("importStrategy", Wire(options.Strategy))
            .Add("importReportMode", options.FullReport ? "FULL" : "ERRORS")
            .Add("async", options.Async ?? asyncByDefault ? true : null)
            .AppendTo("metadata");
        var url = transport.ApiUrl(relative);
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = JsonContent.Create(payload, options: Dhis2Json.Options),
        };
        using var response = await transport.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        var status = (int)response.StatusCode;
        if (response.IsSuccessStatusCode || status == 409)
        {
            using var document = await TryParseAsync(response, cancellationToken);
            if (document is not null && ImportResponseReader.TryFind(document.RootElement, ImportResponseReader.ImportReport, out var report))
            {
                return ImportResponseReader.ToMetadataReport(report, status);
            }

            if (document is not null && AsyncJobPoller.FindJob(document.RootElement) is { } job)
            {
                using var summary = await poller.WaitForSummaryAsync(job.JobType, job.Id, cancellationToken);
                if (ImportResponseReader.TryFind(summary.RootElement, ImportResponseReader.ImportReport, out var asyncReport))
                {
                    return ImportResponseReader.ToMetadataReport(asyncReport, status);
                }

                throw Dhis2Transport.InvalidResponse(transport.ApiUrl($"system/taskSummaries/{job.JobType}/{job.Id}"),
                    "pas de rapport d'import dans le résumé de la tâche / no import report in the task summary", null);
            }
        }

        throw response.IsSuccessStatusCode
            ? Dhis2Transport.InvalidResponse(url, "pas de rapport d'import / no import report", null)
            : await transport.ErrorAsync(url, response, cancellationToken);
    }

    internal static async Task<JsonDocument?> TryParseAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        try
        {
            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            return await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    internal static string Wire<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        JsonNamingPolicy.SnakeCaseUpper.ConvertName(value.ToString());
}
