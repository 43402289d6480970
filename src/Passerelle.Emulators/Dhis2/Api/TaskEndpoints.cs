using System.Text.Json.Nodes;

namespace Passerelle.Emulators.Dhis2.Api;

/// <summary>
/// <c>GET /api/system/tasks/{type}/{id}</c> (the job's notifications, newest first, <c>completed</c> on the last one)
/// and <c>GET /api/system/taskSummaries/{type}/{id}</c> (the plain ImportSummary or ImportReport), DOCS maintenance.md.
/// </summary>
internal static class TaskEndpoints
{
    public static Task TasksAsync(Dhis2Request request)
    {
        var (type, id) = JobOf(request);
        var notifications = request.State.Jobs.Notifications(type, id, request.Now);
        // DHIS2 answers an unknown job with an empty list, not 404.
        return request.WriteAsync(200, notifications ?? []);
    }

    public static Task SummaryAsync(Dhis2Request request)
    {
        var (type, id) = JobOf(request);
        var summary = request.State.Jobs.Summary(type, id);
        return summary is null
            ? request.WriteAsync(200, new JsonObject())
            : request.WriteAsync(200, summary);
    }

    private static (string Type, string Id) JobOf(Dhis2Request request)
    {
        var path = request.Segments;
        if (path.Count < 4)
        {
            throw new Dhis2ApiException(404, $"No endpoint found for /api/{string.Join('/', path)}");
        }

        return (path[2].ToUpperInvariant(), path[3]);
    }
}
