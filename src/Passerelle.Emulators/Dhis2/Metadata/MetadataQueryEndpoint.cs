using System.Text.Json.Nodes;
using Passerelle.Emulators.Dhis2.Api;

namespace Passerelle.Emulators.Dhis2.Metadata;

/// <summary>
/// <c>GET /api/{collection}</c>, <c>/api/{collection}/{uid}</c> and <c>/api/{collection}/{uid}/{property}</c>
/// (web-api.md §4): default fields, filters, order, pager with absolute links, <c>paging=false</c>, and the
/// org unit variants (<c>includeDescendants</c>, <c>includeChildren</c>, <c>includeAncestors</c>, <c>level</c>).
/// </summary>
internal static class MetadataQueryEndpoint
{
    private const int DefaultPageSize = 50;

    public static Task HandleAsync(Dhis2Request request, MetadataType type)
    {
        JsonObject body;
        lock (request.Store.Gate)
        {
            var view = new MetadataView(request.Store, request.ApiRoot);
            body = request.Segments.Count switch
            {
                1 => List(request, type, view),
                2 => Object(request, type, view, request.Segments[1]),
                _ => Property(request, type, view, request.Segments[1], request.Segments[2]),
            };
        }

        return request.WriteAsync(200, body);
    }

    private static JsonObject List(Dhis2Request request, MetadataType type, MetadataView view)
    {
        var query = string.Join('&', request.Http.Request.Query
            .Where(q => q.Key is not ("page" or "pageSize" or "fields" or "paging"))
            .OrderBy(q => q.Key, StringComparer.Ordinal)
            .Select(q => q.Key + "=" + string.Join(',', q.Value.Select(v => v ?? ""))));
        IEnumerable<JsonObject> items = request.State.OrderedList($"{type.Collection} {request.User.Username} {query}",
            () => Order(request, type, view, Filter(request, type, view, request.Store.All(type.Collection)).ToList()));
        var fields = FieldSpec.ParseList(request.Query("fields") ?? "id,displayName");
        var selector = new FieldSelector(view);
        var body = new JsonObject();
        if (request.Flag("paging", fallback: true))
        {
            var pageSize = Math.Max(1, request.Int("pageSize", DefaultPageSize));
            var total = items.Count();
            var pageCount = (total + pageSize - 1) / pageSize;
            var page = Math.Clamp(request.Int("page", 1), 1, Math.Max(1, pageCount));
            body["pager"] = Pager(request, page, total, pageSize, pageCount);
            items = items.Skip((page - 1) * pageSize).Take(pageSize);
        }

        body[type.Collection] = new JsonArray([.. items.Select(i => (JsonNode)selector.Apply(type.Collection, i, fields))]);
        return body;
    }

    private static JsonObject Object(Dhis2Request request, MetadataType type, MetadataView view, string uid)
    {
        var stored = request.Store.Get(type.Collection, uid) ?? throw Dhis2ApiException.NotFound(type.Name, uid);
        var fields = FieldSpec.ParseList(request.Query("fields") ?? "*");
        var selector = new FieldSelector(view);
        if (type.Collection == "organisationUnits" && HierarchyRelatives(request, uid) is { } relatives)
        {
            var units = Filter(request, type, view, relatives.Select(id => request.Store.Get(type.Collection, id)!)).ToList();
            return new JsonObject
            {
                [type.Collection] = new JsonArray([.. units.Select(u => (JsonNode)selector.Apply(type.Collection, u, fields))]),
            };
        }

        return selector.Apply(type.Collection, stored, fields);
    }

    private static JsonObject Property(Dhis2Request request, MetadataType type, MetadataView view, string uid, string property)
    {
        var stored = request.Store.Get(type.Collection, uid) ?? throw Dhis2ApiException.NotFound(type.Name, uid);
        var fields = request.Query("fields") ?? "id,displayName";
        var spec = FieldSpec.ParseList($"{property}[{fields}]");
        return new FieldSelector(view).Apply(type.Collection, stored, spec);
    }

    /// <summary>The wrapped-list variants of the org unit object endpoint, or null for the plain object.</summary>
    private static List<string>? HierarchyRelatives(Dhis2Request request, string uid)
    {
        var store = request.Store;
        if (request.Flag("includeDescendants"))
        {
            return Descendants(store, uid, includeSelf: true);
        }

        if (request.Flag("includeChildren"))
        {
            return [uid, .. store.ChildrenOf(uid)];
        }

        if (request.Flag("includeAncestors"))
        {
            var path = Dhis2Json.Str(store.Get("organisationUnits", uid)!["path"]) ?? "";
            return [.. path.Split('/', StringSplitOptions.RemoveEmptyEntries)];
        }

        if (request.Query("level") is not null)
        {
            var baseLevel = (int)store.Get("organisationUnits", uid)!["level"]!;
            var wanted = baseLevel + request.Int("level", 0);
            return [.. Descendants(store, uid, includeSelf: true).Where(id => (int)store.Get("organisationUnits", id)!["level"]! == wanted)];
        }

        return null;
    }

    internal static List<string> Descendants(Dhis2Store store, string uid, bool includeSelf)
    {
        var result = new List<string>();
        var stack = new Stack<string>();
        stack.Push(uid);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            if (includeSelf || current != uid)
            {
                result.Add(current);
            }

            foreach (var child in store.ChildrenOf(current).Reverse())
            {
                stack.Push(child);
            }
        }

        return result;
    }

    private static IEnumerable<JsonObject> Filter(Dhis2Request request, MetadataType type, MetadataView view, IEnumerable<JsonObject> items)
    {
        var filters = ObjectFilter.Parse(request.QueryAll("filter"));
        var orJunction = string.Equals(request.Query("rootJunction"), "OR", StringComparison.OrdinalIgnoreCase);
        var query = request.Query("query");
        var level = request.Query("level") is not null && request.Segments.Count == 1 ? request.Int("level", 0) : (int?)null;
        var maxLevel = request.Query("maxLevel") is not null ? request.Int("maxLevel", int.MaxValue) : (int?)null;
        if (request.Query("defaults") is { } defaults && defaults.Equals("EXCLUDE", StringComparison.OrdinalIgnoreCase))
        {
            items = items.Where(i => Dhis2Json.Str(i["name"]) != "default");
        }

        return items.Where(item =>
            (filters.Count == 0 || (orJunction ? filters.Any(f => f.Matches(type.Collection, item, view)) : filters.All(f => f.Matches(type.Collection, item, view))))
            && (query is null || Dhis2Json.Str(item["id"]) == query || Dhis2Json.Str(item["code"]) == query
                || (Dhis2Json.Str(item["name"]) ?? "").Contains(query, StringComparison.OrdinalIgnoreCase))
            && (level is null || (int?)item["level"] == level)
            && (maxLevel is null || (int?)item["level"] <= maxLevel));
    }

    private static List<JsonObject> Order(Dhis2Request request, MetadataType type, MetadataView view, List<JsonObject> items)
    {
        var orders = (request.Query("order") ?? "name:iasc,id:asc").Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(o => o.Split(':'))
            .Select(p => (Property: p[0], Direction: p.Length > 1 ? p[1].ToLowerInvariant() : "asc"))
            .ToList();
        items.Sort((a, b) =>
        {
            foreach (var (property, direction) in orders)
            {
                var x = Dhis2Json.Str(view.Get(type.Collection, a, property));
                var y = Dhis2Json.Str(view.Get(type.Collection, b, property));
                var ignoreCase = direction.StartsWith('i');
                var c = x is null || y is null
                    ? (x is null ? 1 : 0) - (y is null ? 1 : 0)
                    : ignoreCase ? string.Compare(x, y, StringComparison.OrdinalIgnoreCase) : ObjectFilter.Compare(x, y);
                if (c != 0)
                {
                    return direction.EndsWith("desc", StringComparison.Ordinal) ? -c : c;
                }
            }

            return 0;
        });
        return items;
    }

    private static JsonObject Pager(Dhis2Request request, int page, int total, int pageSize, int pageCount)
    {
        var pager = new JsonObject { ["page"] = page, ["total"] = total, ["pageSize"] = pageSize, ["pageCount"] = pageCount };
        if (page < pageCount)
        {
            pager["nextPage"] = PageLink(request, page + 1, pageSize);
        }

        if (page > 1)
        {
            pager["prevPage"] = PageLink(request, page - 1, pageSize);
        }

        return pager;
    }

    /// <summary><c>{contextPath}/api[/NN]/{endpoint}?page=N[&amp;pageSize=X]&amp;{other params}</c>, as DefaultLinkService builds it.</summary>
    private static string PageLink(Dhis2Request request, int page, int pageSize)
    {
        var http = request.Http.Request;
        var link = $"{request.ContextPath}{http.PathBase}{http.Path}?page={page}";
        if (pageSize != DefaultPageSize)
        {
            link += $"&pageSize={pageSize}";
        }

        foreach (var (key, values) in http.Query.Where(q => q.Key is not "page" and not "pageSize"))
        {
            foreach (var value in values)
            {
                link += $"&{Uri.EscapeDataString(key)}={Uri.EscapeDataString(value ?? "")}";
            }
        }

        return link;
    }
}
