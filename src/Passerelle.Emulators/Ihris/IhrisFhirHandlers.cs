using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Passerelle.Emulators.Ihris.Auth;
using Passerelle.Emulators.Ihris.Search;

namespace Passerelle.Emulators.Ihris;

/// <summary>The FHIR interactions the emulator answers, as HAPI answers them (reference/ihris/ihris.md §2.12).</summary>
internal sealed class IhrisFhirHandlers(IhrisFhirStore store, IhrisEmulatorOptions options)
{
    private const string FhirJson = "application/fhir+json;charset=utf-8";

    private readonly PagedSearchCache _searches = new(options.TimeProvider, options.SearchExpiry);
    private readonly IhrisTokenService _tokens = new(options);

    public IhrisTokenService Tokens => _tokens;

    public bool RequiresToken => options.RequireToken;

    public Task MetadataAsync(HttpContext context) =>
        WriteAsync(context, StatusCodes.Status200OK, IhrisCapabilityStatement.Build(BaseUrl(context), options.TimeProvider.GetUtcNow()));

    /// <summary><c>GET [base]?_getpages=…</c>: a page of a cached search.</summary>
    public Task BaseAsync(HttpContext context)
    {
        if (options.RequireToken)
        {
            // The backend routes only /fhir/{resource}: Express answers anything else itself.
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.ContentType = "text/html; charset=utf-8";
            return context.Response.WriteAsync($"<pre>Cannot GET {context.Request.Path}</pre>", context.RequestAborted);
        }

        if (context.Request.Query["_getpages"].ToString() is { Length: > 0 } searchId)
        {
            return PageAsync(context, searchId);
        }

        return FailAsync(context, StatusCodes.Status400BadRequest,
            OperationOutcomes.Error("processing", "This is the base URL of FHIR server. Unable to handle this request, as it does not contain a resource type or operation name."));
    }

    /// <summary><c>GET [base]/{type}?…</c>: a search (or, as the iHRIS backend rewrites it, a page).</summary>
    public Task SearchAsync(HttpContext context, string resourceType)
    {
        if (!SearchParameters.IsKnownType(resourceType))
        {
            return FailAsync(context, StatusCodes.Status404NotFound, OperationOutcomes.UnknownResourceType(resourceType, SearchParameters.ResourceTypes));
        }

        if (context.Request.Query["_getpages"].ToString() is { Length: > 0 } searchId)
        {
            return PageAsync(context, searchId);
        }

        var (request, error) = SearchRequestParser.Parse(resourceType, context.Request.Query, options);
        if (request is null)
        {
            return FailAsync(context, StatusCodes.Status400BadRequest, OperationOutcomes.Error("processing", error!));
        }

        var baseUrl = BaseUrl(context);
        var selfUrl = SelfUrl(baseUrl + "/" + resourceType, context.Request.Query, sorted: true);
        var noCache = context.Request.Headers.CacheControl.ToString().Contains("no-cache", StringComparison.OrdinalIgnoreCase);
        var search = (noCache ? null : _searches.FindReusable(selfUrl, options.ReuseCachedSearchResults))
            ?? _searches.Register(new PagedSearch(Guid.NewGuid().ToString(), "searchset", SearchExecutor.Execute(store, request),
                request.Includes, request.IncludeTotal, request.Elements, options.TimeProvider.GetUtcNow())
            { QueryKey = selfUrl });
        var page = BundlePageBuilder.Build(search, 0, request.Count, store, baseUrl, selfUrl);
        return WriteBundleAsync(context, page, baseUrl);
    }

    /// <summary><c>GET [base]/{type}/{id}</c>.</summary>
    public Task ReadAsync(HttpContext context, string resourceType, string id)
    {
        if (!SearchParameters.IsKnownType(resourceType))
        {
            return FailAsync(context, StatusCodes.Status404NotFound, OperationOutcomes.UnknownResourceType(resourceType, SearchParameters.ResourceTypes));
        }

        var version = store.Find(resourceType, id);
        if (version is null)
        {
            return FailAsync(context, StatusCodes.Status404NotFound, OperationOutcomes.NotFound(resourceType, id));
        }

        if (version.Resource is null)
        {
            return FailAsync(context, StatusCodes.Status410Gone, OperationOutcomes.Deleted(resourceType, id, version.VersionId, version.LastUpdated));
        }

        context.Response.Headers.ETag = $"W/\"{version.VersionId.ToString(CultureInfo.InvariantCulture)}\"";
        context.Response.Headers.LastModified = version.LastUpdated.ToString("R", CultureInfo.InvariantCulture);
        return WriteAsync(context, StatusCodes.Status200OK, version.Resource);
    }

    /// <summary><c>GET [base]/_history</c> and <c>GET [base]/{type}/_history</c> with <c>_since</c> and <c>_count</c>.</summary>
    public Task HistoryAsync(HttpContext context, string? resourceType)
    {
        if (resourceType is not null && !SearchParameters.IsKnownType(resourceType))
        {
            return FailAsync(context, StatusCodes.Status404NotFound, OperationOutcomes.UnknownResourceType(resourceType, SearchParameters.ResourceTypes));
        }

        DateTimeOffset? since = null;
        if (context.Request.Query["_since"].ToString() is { Length: > 0 } sinceText)
        {
            if (!FhirInstant.TryParseRange(sinceText, out var low, out _))
            {
                return FailAsync(context, StatusCodes.Status400BadRequest, OperationOutcomes.Error("processing", $"Invalid date/time format: \"{sinceText}\""));
            }

            since = low;
        }

        var count = options.DefaultPageSize;
        if (context.Request.Query["_count"].ToString() is { Length: > 0 } countText
            && (!int.TryParse(countText, NumberStyles.None, CultureInfo.InvariantCulture, out count) || count < 0))
        {
            return FailAsync(context, StatusCodes.Status400BadRequest, OperationOutcomes.Error("processing", $"Invalid _count value: \"{countText}\""));
        }

        count = Math.Min(count, options.MaxPageSize);
        var search = _searches.Register("history", store.History(resourceType, since), [], includeTotal: false, elements: null);
        var baseUrl = BaseUrl(context);
        var path = resourceType is null ? baseUrl + "/_history" : baseUrl + "/" + resourceType + "/_history";
        var page = BundlePageBuilder.Build(search, 0, count, store, baseUrl, SelfUrl(path, context.Request.Query, sorted: false));
        return WriteBundleAsync(context, page, baseUrl);
    }

    private Task PageAsync(HttpContext context, string searchId)
    {
        if (_searches.Find(searchId) is not { } search)
        {
            return FailAsync(context, StatusCodes.Status410Gone, OperationOutcomes.UnknownSearch(searchId));
        }

        var query = context.Request.Query;
        var offset = int.TryParse(query["_getpagesoffset"], NumberStyles.None, CultureInfo.InvariantCulture, out var o) ? o : 0;
        var count = int.TryParse(query["_count"], NumberStyles.None, CultureInfo.InvariantCulture, out var c) ? Math.Min(c, options.MaxPageSize) : options.DefaultPageSize;
        var baseUrl = BaseUrl(context);
        var page = BundlePageBuilder.Build(search, offset, count, store, baseUrl, BundlePageBuilder.PagingUrl(baseUrl, search, offset, count));
        return WriteBundleAsync(context, page, baseUrl);
    }

    /// <summary>Answers an error as HAPI does, or, behind the iHRIS backend, as its catch-all 500.</summary>
    public Task FailAsync(HttpContext context, int status, JsonObject outcome) =>
        options.RequireToken && options.WrapErrorsLikeBackend
            ? WriteAsync(context, StatusCodes.Status500InternalServerError, OperationOutcomes.BackendError(status))
            : WriteAsync(context, status, outcome);

    public static async Task WriteAsync(HttpContext context, int status, JsonObject body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = FhirJson;
        await using var writer = new Utf8JsonWriter(context.Response.Body, WriterOptions(context));
        body.WriteTo(writer);
        await writer.FlushAsync(context.RequestAborted);
    }

    private async Task WriteBundleAsync(HttpContext context, BundlePage page, string baseUrl)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = FhirJson;
        await using var writer = new Utf8JsonWriter(context.Response.Body, WriterOptions(context));
        FhirBundleWriter.Write(writer, page, baseUrl, options.TimeProvider.GetUtcNow());
        await writer.FlushAsync(context.RequestAborted);
    }

    // HAPI escapes only what JSON requires: accents, '+', '&' and '<' stay as they are.
    private static JsonWriterOptions WriterOptions(HttpContext context) => new()
    {
        Indented = context.Request.Query["_pretty"] == "true",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private string BaseUrl(HttpContext context) =>
        options.AdvertisedBaseUrl?.TrimEnd('/')
        ?? (options.RequireToken
            ? IhrisEmulatorOptions.InternalHapiBaseUrl
            : $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}{options.BasePath}");

    // HAPI's self link repeats the request's parameters, sorted by name, each value URL-encoded.
    private static string SelfUrl(string path, IQueryCollection query, bool sorted)
    {
        var pairs = query.SelectMany(q => q.Value.Select(v => (q.Key, Value: v ?? string.Empty)));
        if (sorted)
        {
            pairs = pairs.OrderBy(p => p.Key, StringComparer.Ordinal).ThenBy(p => p.Value, StringComparer.Ordinal);
        }

        var text = string.Join("&", pairs.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value)));
        return text.Length == 0 ? path : path + "?" + text;
    }
}
