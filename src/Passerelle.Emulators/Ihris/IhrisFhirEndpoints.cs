using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Passerelle.Emulators.Ihris;

/// <summary>Maps the iHRIS 5 FHIR emulator's endpoints onto any ASP.NET Core app.</summary>
public static class IhrisFhirEndpoints
{
    /// <summary>
    /// Serves <paramref name="store"/> as HAPI FHIR R4 under <see cref="IhrisEmulatorOptions.BasePath"/>
    /// (<c>metadata</c>, search with <c>_getpages</c> paging, read, <c>_history</c>), plus the iHRIS
    /// backend's <c>POST /auth/token</c>.
    /// </summary>
    public static IEndpointRouteBuilder MapIhrisFhir(this IEndpointRouteBuilder endpoints, IhrisFhirStore store, IhrisEmulatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();

        var handlers = new IhrisFhirHandlers(store, options);
        var fhir = endpoints.MapGroup(options.BasePath);
        fhir.MapGet("/metadata", Guard(handlers, handlers.MetadataAsync));
        fhir.MapGet("", Guard(handlers, handlers.BaseAsync));
        fhir.MapGet("/_history", Guard(handlers, c => handlers.HistoryAsync(c, null)));
        fhir.MapGet("/{type}/_history", Guard(handlers, c => handlers.HistoryAsync(c, Route(c, "type"))));
        fhir.MapGet("/{type}", Guard(handlers, c => handlers.SearchAsync(c, Route(c, "type"))));
        fhir.MapGet("/{type}/{id}", Guard(handlers, c => handlers.ReadAsync(c, Route(c, "type"), Route(c, "id"))));
        endpoints.MapPost("/auth/token", context => IssueTokenAsync(context, handlers));
        return endpoints;
    }

    private static RequestDelegate Guard(IhrisFhirHandlers handlers, Func<HttpContext, Task> handler) => context =>
    {
        if (handlers.RequiresToken && !HasValidToken(context, handlers))
        {
            return IhrisFhirHandlers.WriteAsync(context, StatusCodes.Status401Unauthorized, OperationOutcomes.NotLoggedIn());
        }

        return handler(context);
    };

    private static bool HasValidToken(HttpContext context, IhrisFhirHandlers handlers)
    {
        var header = context.Request.Headers.Authorization.ToString();
        const string Bearer = "Bearer ";
        return header.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase)
            && handlers.Tokens.IsValid(header[Bearer.Length..].Trim());
    }

    private static async Task IssueTokenAsync(HttpContext context, IhrisFhirHandlers handlers)
    {
        string? email = null;
        string? password = null;
        try
        {
            var body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            email = body?["email"]?.GetValue<string>();
            password = body?["password"]?.GetValue<string>();
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // passport-local answers a malformed login like a wrong one.
        }

        if (handlers.Tokens.Issue(email, password) is not { } token)
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync("Unauthorized", context.RequestAborted);
            return;
        }

        await context.Response.WriteAsJsonAsync(new JsonObject { ["access_token"] = token }, context.RequestAborted);
    }

    private static string Route(HttpContext context, string name) => context.Request.RouteValues[name]?.ToString() ?? string.Empty;
}
