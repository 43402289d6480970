using System.Globalization;
using Microsoft.AspNetCore.Http;
using Passerelle.Emulators.Dhis2.Analytics;
using Passerelle.Emulators.Dhis2.DataValues;
using Passerelle.Emulators.Dhis2.Metadata;
using Passerelle.Emulators.Dhis2.Security;

namespace Passerelle.Emulators.Dhis2.Api;

/// <summary>
/// Routes <c>/api[/NN]/…[.json]</c> to the endpoints, after authentication; errors become WebMessages.
/// </summary>
internal sealed class Dhis2Router(Dhis2EmulatorState state)
{
    private readonly Dhis2Authenticator _authenticator = new(state);

    public async Task HandleAsync(HttpContext context)
    {
        var segments = (context.Request.Path.Value ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (segments.Count == 0 || segments[0] != "api")
        {
            await LoginPageAsync(context).ConfigureAwait(false);
            return;
        }

        var user = await _authenticator.AuthenticateAsync(context).ConfigureAwait(false);
        if (user is null)
        {
            return;
        }

        segments.RemoveAt(0);
        int? pathVersion = null;
        if (segments.Count > 0 && int.TryParse(segments[0], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            pathVersion = version;
            segments.RemoveAt(0);
        }

        if (segments.Count > 0 && segments[^1].EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            segments[^1] = segments[^1][..^5];
        }

        var request = new Dhis2Request(context, state, pathVersion, segments, user);
        try
        {
            await DispatchAsync(request).ConfigureAwait(false);
        }
        catch (Dhis2ApiException e)
        {
            await WebMessages.WriteErrorAsync(context, e.Status, e.Message, e.ErrorCode).ConfigureAwait(false);
        }
    }

    private static Task DispatchAsync(Dhis2Request request)
    {
        var method = request.Http.Request.Method;
        var path = request.Segments;
        var first = path.Count > 0 ? path[0] : "";
        return (first, method) switch
        {
            ("system", "GET") when path.Count > 1 && path[1] == "info" => SystemEndpoints.InfoAsync(request),
            ("system", "GET") when path.Count > 1 && path[1] == "ping" => SystemEndpoints.PingAsync(request),
            ("system", "GET") when path.Count > 1 && path[1] == "id" => SystemEndpoints.IdsAsync(request),
            ("system", "GET") when path.Count > 1 && path[1] == "tasks" => TaskEndpoints.TasksAsync(request),
            ("system", "GET") when path.Count > 1 && path[1] == "taskSummaries" => TaskEndpoints.SummaryAsync(request),
            ("me", "GET") when path.Count == 1 => SystemEndpoints.MeAsync(request),
            ("me", "GET") when path.Count > 1 && path[1] == "authorization" => SystemEndpoints.AuthorizationAsync(request),
            ("metadata", "POST") => MetadataImportEndpoint.ImportAsync(request),
            ("metadata", "GET") => MetadataExportEndpoint.ExportAsync(request),
            ("resourceTables", "POST") when path.Count > 1 && path[1] == "analytics" => AnalyticsTablesEndpoint.StartAsync(request),
            ("dataValueSets", "POST") => DataValueSetsEndpoint.ImportAsync(request),
            ("dataValueSets", "GET") => DataValueSetsEndpoint.ExportAsync(request),
            ("analytics", "GET") => AnalyticsEndpoint.HandleAsync(request),
            _ when MetadataSchema.Find(first) is { } type => method switch
            {
                "GET" => MetadataQueryEndpoint.HandleAsync(request, type),
                "POST" when path.Count == 1 => MetadataImportEndpoint.ObjectAsync(request, type),
                "PUT" or "DELETE" when path.Count == 2 => MetadataImportEndpoint.ObjectAsync(request, type),
                _ => throw new Dhis2ApiException(405, $"Request method '{method}' not supported"),
            },
            _ => throw new Dhis2ApiException(404, $"No endpoint found for /api/{string.Join('/', path)}"),
        };
    }

    private static Task LoginPageAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "text/html;charset=UTF-8";
        return context.Response.WriteAsync("<!doctype html><title>DHIS 2</title><p>Connexion / login (Passerelle DHIS2 emulator)</p>");
    }
}
