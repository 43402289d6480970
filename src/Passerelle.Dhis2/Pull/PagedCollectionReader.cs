using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Passerelle.Dhis2.Http;
using Passerelle.Dhis2.Json;

namespace Passerelle.Dhis2.Pull;

/// <summary>
/// Reads a metadata collection page by page (<c>{"pager":{…},"&lt;collection&gt;":[…]}</c>), yielding items as pages arrive.
/// </summary>
internal sealed class PagedCollectionReader(Dhis2Transport transport, int defaultPageSize)
{
    public IAsyncEnumerable<T> ReadAsync<T>(
        string collection, Dhis2ListQuery query, string defaultFields, CancellationToken cancellationToken) =>
        ReadAsync<T>(collection, collection, [], query, defaultFields, cancellationToken);

    /// <summary>Reads <paramref name="collection"/> items from <paramref name="path"/> (a list or a wrapped object endpoint).</summary>
    public async IAsyncEnumerable<T> ReadAsync<T>(
        string path, string collection, IReadOnlyList<KeyValuePair<string, string>> extraParameters, Dhis2ListQuery query,
        string defaultFields, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var pageSize = query.PageSize ?? defaultPageSize;
        for (var page = 1; ; page++)
        {
            var parameters = BuildQuery(query, defaultFields, page, pageSize);
            foreach (var (key, value) in extraParameters)
            {
                parameters.Add(key, value);
            }

            var relative = parameters.AppendTo(path);
            using var document = await transport.GetJsonAsync<JsonDocument>(relative, cancellationToken);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty(collection, out var items) || items.ValueKind != JsonValueKind.Array)
            {
                var found = root.ValueKind != JsonValueKind.Object ? $"{root.ValueKind}"
                    : root.TryGetProperty(collection, out var other) ? $"« {collection} » : {other.ValueKind}" : "?";
                throw Dhis2Transport.InvalidResponse(transport.ApiUrl(relative),
                    $"tableau « {collection} » absent (trouvé / found {found}) / no '{collection}' array", null);
            }

            var index = 0;
            foreach (var item in items.EnumerateArray())
            {
                yield return Deserialize<T>(item, transport.ApiUrl(relative), $"$.{collection}[{index++}]");
            }

            // Count pages ourselves rather than following pager.nextPage: that absolute link is built from the
            // server's own context path, which behind a proxy may not be the address we can reach.
            if (!root.TryGetProperty("pager", out var pager) || items.GetArrayLength() == 0 || page >= PageCount(pager))
            {
                yield break;
            }
        }
    }

    private static QueryString BuildQuery(Dhis2ListQuery query, string defaultFields, int page, int pageSize) =>
        new QueryString()
            .Add("fields", query.Fields ?? defaultFields)
            .AddAll("filter", query.Filters)
            .Add("rootJunction", query.MatchAnyFilter ? "OR" : null)
            .Add("order", query.Order)
            .Add("page", page.ToString(CultureInfo.InvariantCulture))
            .Add("pageSize", pageSize.ToString(CultureInfo.InvariantCulture));

    private static int PageCount(JsonElement pager) =>
        pager.ValueKind == JsonValueKind.Object && pager.TryGetProperty("pageCount", out var count) && count.TryGetInt32(out var value) ? value : 1;

    private static T Deserialize<T>(JsonElement item, Uri url, string where)
    {
        try
        {
            return item.Deserialize<T>(Dhis2Json.Options)
                ?? throw Dhis2Transport.InvalidResponse(url, $"élément null / null item at '{where}'", null);
        }
        catch (JsonException e)
        {
            throw Dhis2Transport.InvalidResponse(url, JsonBodyProblem.Describe(e, where), e);
        }
    }
}
