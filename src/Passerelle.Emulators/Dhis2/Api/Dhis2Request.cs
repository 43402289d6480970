using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Passerelle.Emulators.Dhis2.Api;

/// <summary>One API call after routing: the remaining path segments, the authenticated user, helpers for parameters.</summary>
internal sealed record Dhis2Request(
    HttpContext Http,
    Dhis2EmulatorState State,
    int? PathVersion,
    IReadOnlyList<string> Segments,
    Dhis2User User)
{
    public Dhis2Store Store => State.Store;

    public Dhis2Version Version => State.Version;

    public DateTimeOffset Now => State.Options.TimeProvider.GetUtcNow();

    /// <summary><c>http://127.0.0.1:port</c>: DHIS2's contextPath.</summary>
    public string ContextPath => $"{Http.Request.Scheme}://{Http.Request.Host}";

    /// <summary><c>{contextPath}/api</c>, root of <c>href</c> links.</summary>
    public string ApiRoot => ContextPath + "/api";

    public string? Query(string name) =>
        Http.Request.Query.TryGetValue(name, out var v) && v.Count > 0 && !string.IsNullOrEmpty(v[^1]) ? v[^1] : null;

    public IReadOnlyList<string> QueryAll(string name) =>
        Http.Request.Query.TryGetValue(name, out var v) ? [.. v.Where(s => !string.IsNullOrEmpty(s)).Cast<string>()] : [];

    public bool Flag(string name, bool fallback = false) =>
        Query(name) is { } v ? string.Equals(v, "true", StringComparison.OrdinalIgnoreCase) : fallback;

    public int Int(string name, int fallback) =>
        int.TryParse(Query(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : fallback;

    public async Task<JsonNode> ReadJsonAsync()
    {
        try
        {
            return await JsonNode.ParseAsync(Http.Request.Body, cancellationToken: Http.RequestAborted).ConfigureAwait(false)
                ?? throw new Dhis2ApiException(400, "Request body is empty");
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new Dhis2ApiException(400, "JSON parse error: " + e.Message);
        }
    }

    public Task WriteAsync(int status, JsonNode body) => WebMessages.WriteAsync(Http, status, body);
}
