using System.Text.Json;
using Passerelle.Dhis2.Http;

namespace Passerelle.Dhis2.Push;

/// <summary>
/// Follows an asynchronous DHIS2 job (web-api.md §5.1, §6.3): reads the <c>Initiated …</c> answer, polls
/// <c>GET /api/system/tasks/{type}/{id}</c> with a doubling delay until a notification says <c>completed</c>, then
/// (for imports) reads <c>GET /api/system/taskSummaries/{type}/{id}</c>. Polls are GETs, so they get the read retries;
/// the POST that started the job is never repeated.
/// </summary>
internal sealed class AsyncJobPoller(Dhis2Transport transport, AsyncPolling polling, TimeProvider time)
{
    /// <summary>The job type and id in an <c>Initiated …</c> WebMessage, or null when the answer is not one.</summary>
    public static (string JobType, string Id)? FindJob(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("response", out var job) && job.ValueKind == JsonValueKind.Object
            && job.TryGetProperty("jobType", out var type) && type.ValueKind == JsonValueKind.String
            && job.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String)
        {
            return (type.GetString()!, id.GetString()!);
        }

        return null;
    }

    /// <summary>Waits until the job is completed.</summary>
    /// <exception cref="Dhis2Exception">The job did not complete within <see cref="AsyncPolling.Timeout"/>.</exception>
    public async Task WaitAsync(string jobType, string id, CancellationToken cancellationToken)
    {
        var relative = $"system/tasks/{Uri.EscapeDataString(jobType)}/{Uri.EscapeDataString(id)}";
        var delay = polling.InitialDelay;
        var deadline = time.GetUtcNow() + polling.Timeout;
        while (true)
        {
            using var notifications = await transport.GetJsonAsync<JsonDocument>(relative, cancellationToken);
            if (IsCompleted(notifications.RootElement))
            {
                return;
            }

            if (time.GetUtcNow() + delay > deadline)
            {
                var url = transport.ApiUrl(relative);
                throw new Dhis2Exception(Dhis2ErrorKind.Timeout, url,
                    $"La tâche DHIS2 {jobType} {id} n'est pas terminée après {polling.Timeout} / DHIS2 job {jobType} {id} "
                    + $"not completed after {polling.Timeout}: {url}");
            }

            await Task.Delay(delay, time, cancellationToken);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, polling.MaxDelay.Ticks));
        }
    }

    /// <summary>Waits for the job, then returns its summary document (plain ImportSummary or ImportReport).</summary>
    public async Task<JsonDocument> WaitForSummaryAsync(string jobType, string id, CancellationToken cancellationToken)
    {
        await WaitAsync(jobType, id, cancellationToken);
        return await transport.GetJsonAsync<JsonDocument>(
            $"system/taskSummaries/{Uri.EscapeDataString(jobType)}/{Uri.EscapeDataString(id)}", cancellationToken);
    }

    private static bool IsCompleted(JsonElement root)
    {
        // A list of notifications (newest first); some versions wrap it in an object keyed by job id.
        var list = root.ValueKind == JsonValueKind.Array ? root.EnumerateArray()
            : root.ValueKind == JsonValueKind.Object ? root.EnumerateObject().SelectMany(p => p.Value.ValueKind == JsonValueKind.Array ? p.Value.EnumerateArray() : [])
            : [];
        return list.Any(n => n.ValueKind == JsonValueKind.Object && n.TryGetProperty("completed", out var c) && c.ValueKind == JsonValueKind.True);
    }
}

/// <summary>How asynchronous jobs are polled: first delay, doubling up to a cap, and an overall limit.</summary>
public sealed record AsyncPolling(TimeSpan InitialDelay, TimeSpan MaxDelay, TimeSpan Timeout);
