using System.Text.Json.Nodes;
using Passerelle.Emulators.Dhis2.Api;

namespace Passerelle.Emulators.Dhis2.Analytics;

/// <summary><c>GET /api/analytics</c> (web-api.md §7).</summary>
internal static class AnalyticsEndpoint
{
    public static Task HandleAsync(Dhis2Request request)
    {
        JsonObject body;
        lock (request.Store.Gate)
        {
            body = new AnalyticsQuery(request).Run();
        }

        return request.WriteAsync(200, body);
    }
}
