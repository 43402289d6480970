using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using Passerelle.Dhis2.Http;
using Passerelle.Dhis2.Json;
using Passerelle.Dhis2.Model;

namespace Passerelle.Dhis2.Push;

/// <summary>
/// <c>POST /api/dataValueSets</c> in chunks. A POST is never retried: after a failure the caller must ask DHIS2
/// what it holds before sending again. With <c>async=true</c> each chunk's summary is read from its job's task summary.
/// </summary>
internal sealed class DataValueImporter(Dhis2Transport transport, int defaultChunkSize, AsyncJobPoller poller, bool asyncByDefault)
{
    public async IAsyncEnumerable<DataValueImportResult> ImportAsync(
        IAsyncEnumerable<Dhis2DataValue> values, DataValueImportOptions options,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var chunkSize = options.ChunkSize ?? defaultChunkSize;
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkSize, 1, nameof(options));
        var chunk = new List<Dhis2DataValue>(Math.Min(chunkSize, 10_000));
        var chunkIndex = 0;
        var sent = 0;
        await foreach (var value in values.WithCancellation(cancellationToken))
        {
            chunk.Add(value);
            if (chunk.Count == chunkSize)
            {
                yield return await ImportChunkAsync(chunk, options, chunkIndex++, sent, cancellationToken);
                sent += chunk.Count;
                chunk.Clear();
            }
        }

        if (chunk.Count > 0)
        {
            yield return await ImportChunkAsync(chunk, options, chunkIndex, sent, cancellationToken);
        }
    }

    public async Task<DataValueImportResult> ImportChunkAsync(
        IReadOnlyList<Dhis2DataValue> chunk, DataValueImportOptions options, int chunkIndex, int firstValueIndex,
        CancellationToken cancellationToken)
    {
        var relative = new QueryString()
            .Add("idScheme", MetadataImporter.Wire(options.IdScheme))
            .Add("dryRun", options.DryRun)
            .Add("importStrategy", MetadataImporter.Wire(options.Strategy))
            .Add("async", options.Async ?? asyncByDefault ? true : null)
            .AppendTo("dataValueSets");
        var url = transport.ApiUrl(relative);
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = JsonContent.Create(new DataValueSetBody(chunk), options: Dhis2Json.Options),
        };
        using var response = await transport.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        var status = (int)response.StatusCode;
        if (response.IsSuccessStatusCode || status == 409)
        {
            using var document = await MetadataImporter.TryParseAsync(response, cancellationToken);
            if (document is not null && ImportResponseReader.TryFind(document.RootElement, ImportResponseReader.ImportSummary, out var summary))
            {
                return ImportResponseReader.ToDataValueResult(summary, status, chunkIndex, firstValueIndex, chunk.Count);
            }

            if (document is not null && AsyncJobPoller.FindJob(document.RootElement) is { } job)
            {
                using var jobSummary = await poller.WaitForSummaryAsync(job.JobType, job.Id, cancellationToken);
                if (ImportResponseReader.TryFind(jobSummary.RootElement, ImportResponseReader.ImportSummary, out var asyncSummary))
                {
                    return ImportResponseReader.ToDataValueResult(asyncSummary, status, chunkIndex, firstValueIndex, chunk.Count);
                }

                throw Dhis2Transport.InvalidResponse(transport.ApiUrl($"system/taskSummaries/{job.JobType}/{job.Id}"),
                    "pas de résumé d'import dans le résumé de la tâche / no import summary in the task summary", null);
            }
        }

        throw response.IsSuccessStatusCode
            ? Dhis2Transport.InvalidResponse(url, "pas de résumé d'import / no import summary", null)
            : await transport.ErrorAsync(url, response, cancellationToken);
    }

    private sealed record DataValueSetBody(IReadOnlyList<Dhis2DataValue> DataValues);
}
