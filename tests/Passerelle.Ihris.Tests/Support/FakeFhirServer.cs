using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Web;

namespace Passerelle.Ihris.Tests.Support;

/// <summary>
/// A HAPI-like FHIR server in a message handler: searches page through <c>_getpages</c> links that
/// point at a foreign host (as HAPI's do behind a proxy), can expire a search after some pages (410),
/// and serves <c>_include</c>, <c>_lastUpdated</c>, <c>practitioner</c>, <c>url</c>, reads and history.
/// </summary>
internal sealed class FakeFhirServer : HttpMessageHandler
{
    public const string Base = "http://ihris.test/fhir/";
    private const string LinkHost = "http://localhost:8080/fhir";

    /// <summary>Parsed files, shared by every server: resources are never changed in place, only replaced.</summary>
    private static readonly ConcurrentDictionary<string, List<JsonObject>> BundleResources = new(StringComparer.Ordinal);

    private readonly Dictionary<string, Dictionary<string, JsonObject>> _resources = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, List<JsonObject>> _searches = new();
    private readonly List<JsonObject> _history = [];
    private readonly ConcurrentDictionary<string, bool> _includes = new();
    private int _pagesUntilExpiry = int.MaxValue;

    public ConcurrentQueue<Uri> Requests { get; } = new();

    public static HttpClient ClientFor(FakeFhirServer server) => new(server) { BaseAddress = new Uri(Base) };

    public FakeFhirServer Add(JsonObject resource)
    {
        var type = resource["resourceType"]!.GetValue<string>();
        if (!_resources.TryGetValue(type, out var byId))
        {
            _resources[type] = byId = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        }

        byId[resource["id"]!.GetValue<string>()] = resource;
        return this;
    }

    /// <summary>Loads every resource of a transaction Bundle file (as the iHRIS demo seeds HAPI).</summary>
    public FakeFhirServer AddBundleFile(string path)
    {
        foreach (var resource in BundleResources.GetOrAdd(path, Load))
        {
            Add(resource);
        }

        return this;

        static List<JsonObject> Load(string file) =>
            [.. JsonNode.Parse(File.ReadAllText(file))!["entry"]!.AsArray().Select(e => e!["resource"]!.AsObject())];
    }

    public FakeFhirServer AddFile(string path) => Add(JsonNode.Parse(File.ReadAllText(path))!.AsObject());

    /// <summary>Serves this history entry (a resource version or a DELETE) to <c>_history</c> requests.</summary>
    public FakeFhirServer AddHistory(JsonObject entry)
    {
        _history.Add(entry);
        return this;
    }

    /// <summary>The next search expires once it has served <paramref name="pages"/> pages.</summary>
    public void ExpireNextSearchAfter(int pages) => _pagesUntilExpiry = pages;

    public Func<HttpRequestMessage, HttpResponseMessage?>? Intercept { get; set; }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Requests.Enqueue(request.RequestUri!);
        if (Intercept?.Invoke(request) is { } intercepted)
        {
            return Task.FromResult(intercepted);
        }

        var uri = request.RequestUri!;
        var query = HttpUtility.ParseQueryString(uri.Query);
        var path = uri.AbsolutePath.TrimEnd('/');
        var segments = path["/fhir".Length..].Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (query["_getpages"] is { } searchId)
        {
            return Task.FromResult(Page(searchId, int.Parse(query["_getpagesoffset"]!, CultureInfo.InvariantCulture), int.Parse(query["_count"]!, CultureInfo.InvariantCulture)));
        }

        return Task.FromResult(segments switch
        {
            [_, "_history"] => Json(HttpStatusCode.OK, HistoryBundle(segments[0], query["_since"])),
            [var type, var id] => Read(type, id),
            [var type] => StartSearch(type, query),
            _ => Json(HttpStatusCode.NotFound, Outcome("not found")),
        });
    }

    private HttpResponseMessage Read(string type, string id)
    {
        var found = _resources.GetValueOrDefault(type)?.GetValueOrDefault(id);
        return found is null ? Json(HttpStatusCode.NotFound, Outcome($"{type}/{id} is not known")) : Json(HttpStatusCode.OK, found.DeepClone());
    }

    private HttpResponseMessage StartSearch(string type, System.Collections.Specialized.NameValueCollection query)
    {
        var matches = Resources(type).Where(r => Matches(r, query)).ToList();
        var include = query.GetValues("_include")?.Contains("PractitionerRole:practitioner") == true;
        var id = Guid.NewGuid().ToString();
        _searches[id] = matches;
        var count = int.Parse(query["_count"] ?? "20", CultureInfo.InvariantCulture);
        return Page(id, 0, count, include);
    }

    private HttpResponseMessage Page(string searchId, int offset, int count, bool? include = null)
    {
        if (!_searches.TryGetValue(searchId, out var matches))
        {
            return Json(HttpStatusCode.Gone, Outcome($"Search {searchId} has expired"));
        }

        if (offset > 0 && --_pagesUntilExpiry <= 0)
        {
            _pagesUntilExpiry = int.MaxValue;
            _searches.TryRemove(searchId, out _);
            return Json(HttpStatusCode.Gone, Outcome($"Search {searchId} has expired"));
        }

        include ??= _includes.GetValueOrDefault(searchId);
        _includes[searchId] = include.Value;
        var slice = matches.Skip(offset).Take(count).ToList();
        var entries = new JsonArray();
        foreach (var resource in slice)
        {
            entries.Add(Entry(resource, "match"));
        }

        if (include.Value)
        {
            var practitionerIds = slice.Select(r => r["practitioner"]?["reference"]?.GetValue<string>()?.Split('/')[^1]).OfType<string>().Distinct();
            foreach (var id in practitionerIds)
            {
                if (_resources.GetValueOrDefault("Practitioner")?.GetValueOrDefault(id) is { } practitioner)
                {
                    entries.Add(Entry(practitioner, "include"));
                }
            }
        }

        var links = new JsonArray { Link("self", $"{LinkHost}?_getpages={searchId}&_getpagesoffset={offset}&_count={count}&_bundletype=searchset") };
        if (offset + count < matches.Count)
        {
            links.Add(Link("next", $"{LinkHost}?_getpages={searchId}&_getpagesoffset={offset + count}&_count={count}&_pretty=true&_bundletype=searchset"));
        }

        return Json(HttpStatusCode.OK, new JsonObject
        {
            ["resourceType"] = "Bundle",
            ["type"] = "searchset",
            ["total"] = matches.Count,
            ["link"] = links,
            ["entry"] = entries,
        });
    }


    private IEnumerable<JsonObject> Resources(string type) =>
        _resources.TryGetValue(type, out var byId) ? byId.Values : [];

    private static bool Matches(JsonObject resource, System.Collections.Specialized.NameValueCollection query)
    {
        if (query["_lastUpdated"] is { } lastUpdated)
        {
            var since = DateTimeOffset.Parse(lastUpdated[2..], CultureInfo.InvariantCulture);
            var at = resource["meta"]?["lastUpdated"]?.GetValue<string>();
            if (at is null || DateTimeOffset.Parse(at, CultureInfo.InvariantCulture) <= since)
            {
                return false;
            }
        }

        if (query["practitioner"] is { } practitioner && resource["practitioner"]?["reference"]?.GetValue<string>() != practitioner)
        {
            return false;
        }

        return query["url"] is not { } url || resource["url"]?.GetValue<string>() == url;
    }

    private JsonObject HistoryBundle(string type, string? since)
    {
        var from = since is null ? DateTimeOffset.MinValue : DateTimeOffset.Parse(since, CultureInfo.InvariantCulture);
        var entries = new JsonArray();
        foreach (var entry in _history.Where(e => e["request"]?["url"]?.GetValue<string>()?.StartsWith(type + "/", StringComparison.Ordinal) == true
            && DateTimeOffset.Parse(e["response"]!["lastModified"]!.GetValue<string>(), CultureInfo.InvariantCulture) > from))
        {
            entries.Add(entry.DeepClone());
        }

        return new JsonObject { ["resourceType"] = "Bundle", ["type"] = "history", ["entry"] = entries };
    }

    private static JsonObject Entry(JsonObject resource, string mode) => new()
    {
        ["fullUrl"] = $"{LinkHost}/{resource["resourceType"]}/{resource["id"]}",
        ["resource"] = resource.DeepClone(),
        ["search"] = new JsonObject { ["mode"] = mode },
    };

    private static JsonObject Link(string relation, string url) => new() { ["relation"] = relation, ["url"] = url };

    internal static JsonObject Outcome(string diagnostics) => new()
    {
        ["resourceType"] = "OperationOutcome",
        ["issue"] = new JsonArray { new JsonObject { ["severity"] = "error", ["code"] = "processing", ["diagnostics"] = diagnostics } },
    };

    internal static HttpResponseMessage Json(HttpStatusCode status, JsonNode body) => new(status)
    {
        Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/fhir+json"),
    };
}
