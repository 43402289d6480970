using System.Text.Json;
using Passerelle.Dhis2.Http;

namespace Passerelle.Dhis2.Analytics;

/// <summary>Reads <c>GET /api/analytics</c> into a <see cref="Dhis2AnalyticsResult"/>.</summary>
internal sealed class AnalyticsReader(Dhis2Transport transport)
{
    public async Task<Dhis2AnalyticsResult> ReadAsync(Dhis2AnalyticsQuery query, CancellationToken cancellationToken)
    {
        var relative = query.ToRelativeUrl();
        using var document = await transport.GetJsonAsync<JsonDocument>(relative, cancellationToken);
        try
        {
            return Parse(document.RootElement);
        }
        catch (Exception e) when (e is InvalidOperationException or KeyNotFoundException or FormatException)
        {
            throw Dhis2Transport.InvalidResponse(transport.ApiUrl(relative), e.Message, e);
        }
    }

    internal static Dhis2AnalyticsResult Parse(JsonElement root)
    {
        var headers = new List<Dhis2AnalyticsHeader>();
        if (root.TryGetProperty("headers", out var headerArray))
        {
            foreach (var header in headerArray.EnumerateArray())
            {
                headers.Add(new Dhis2AnalyticsHeader(
                    header.GetProperty("name").GetString()!,
                    Text(header, "column"),
                    Text(header, "valueType"),
                    Flag(header, "hidden"),
                    Flag(header, "meta")));
            }
        }

        var columns = headers.Select((h, i) => (h.Name, i)).ToDictionary(p => p.Name, p => p.i);
        var rows = new List<Dhis2AnalyticsRow>();
        if (root.TryGetProperty("rows", out var rowArray))
        {
            foreach (var row in rowArray.EnumerateArray())
            {
                rows.Add(new Dhis2AnalyticsRow(columns, [.. row.EnumerateArray().Select(Cell)]));
            }
        }

        var (names, dimensions) = ReadMetaData(root);
        return new Dhis2AnalyticsResult(headers, rows, names, dimensions);
    }

    private static (Dictionary<string, string> Names, Dictionary<string, IReadOnlyList<string>> Dimensions) ReadMetaData(JsonElement root)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var dimensions = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (!root.TryGetProperty("metaData", out var metaData))
        {
            return (names, dimensions);
        }

        if (metaData.TryGetProperty("items", out var items))
        {
            foreach (var item in items.EnumerateObject())
            {
                if (Text(item.Value, "name") is { } name)
                {
                    names[item.Name] = name;
                }
            }
        }

        if (metaData.TryGetProperty("dimensions", out var dims))
        {
            foreach (var dim in dims.EnumerateObject())
            {
                dimensions[dim.Name] = [.. dim.Value.EnumerateArray().Select(v => v.GetString()!)];
            }
        }

        return (names, dimensions);
    }

    private static string? Cell(JsonElement cell) => cell.ValueKind switch
    {
        JsonValueKind.String => cell.GetString(),
        JsonValueKind.Null => null,
        _ => cell.GetRawText(),
    };

    private static string? Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value)
        && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool Flag(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.True;
}
