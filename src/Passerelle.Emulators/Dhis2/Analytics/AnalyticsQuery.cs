using System.Globalization;
using System.Text.Json.Nodes;
using Passerelle.Emulators.Dhis2.Api;
using Passerelle.Emulators.Dhis2.DataValues;

namespace Passerelle.Emulators.Dhis2.Analytics;

/// <summary>
/// An aggregate analytics query (web-api.md §7) answered from the stored values: dx (data elements, operands,
/// indicators), pe (ISO and relative), ou (uids, USER_ORGUNIT[_CHILDREN|_GRANDCHILDREN], LEVEL-n with boundaries,
/// OU_GROUP-uid), as dimensions or filters; the 2.38+ grid with string values. Callers hold the store lock.
/// </summary>
internal sealed class AnalyticsQuery(Dhis2Request request)
{
    private readonly Dhis2Store _store = request.Store;
    private readonly JsonObject _items = [];
    private readonly AnalyticsValues _values = new(request.State.AnalyticsIndex());

    public JsonObject Run()
    {
        var dimensions = AnalyticsDimension.Parse(request.QueryAll("dimension"), isFilter: false)
            .Concat(AnalyticsDimension.Parse(request.QueryAll("filter"), isFilter: true)).ToList();
        Validate(dimensions);
        var resolver = new AnalyticsItemResolver(request, _items);
        foreach (var dimension in dimensions)
        {
            resolver.Resolve(dimension);
        }

        var dx = dimensions.Single(d => d.Id == "dx");
        var pe = dimensions.SingleOrDefault(d => d.Id == "pe");
        var ou = dimensions.SingleOrDefault(d => d.Id == "ou");
        var shown = dimensions.Where(d => !d.IsFilter && d.Id is "dx" or "pe" or "ou").ToList();
        var includeNumDen = request.Flag("includeNumDen");
        var rows = new JsonArray();
        foreach (var combination in Cartesian(shown))
        {
            string[] Pick(AnalyticsDimension? d) => d is null ? [] : d.IsFilter ? [.. d.Items] : [combination[shown.IndexOf(d)]];
            var dxItems = Pick(dx);
            var periods = pe is null ? [WholeRange()] : Pick(pe).Select(p => Period.Parse(p)!).ToArray();
            var units = ou is null ? resolver.UserRoots() : Pick(ou);
            var cell = Evaluate(dxItems, periods, units);
            if (cell is null)
            {
                continue;
            }

            var row = new JsonArray([.. combination.Select(c => (JsonNode)c)]);
            row.Add(Format(cell.Value.Value));
            if (includeNumDen)
            {
                foreach (var part in new[] { cell.Value.Numerator, cell.Value.Denominator, cell.Value.Factor, cell.Value.Factor, cell.Value.Factor is null ? null : 1d })
                {
                    row.Add(part is null ? "" : Format(part.Value));
                }
            }

            rows.Add(row);
        }

        return Response(dimensions, shown, rows, includeNumDen);
    }

    private static void Validate(List<AnalyticsDimension> dimensions)
    {
        if (dimensions.Count(d => !d.IsFilter) == 0)
        {
            throw Dhis2ApiException.Conflict("At least one dimension must be specified", "E7101");
        }

        if (dimensions.GroupBy(d => d.Id).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw Dhis2ApiException.Conflict(
                twice.Any(d => d.IsFilter) && twice.Any(d => !d.IsFilter)
                    ? $"Dimensions cannot be specified as dimension and filter simultaneously: `{twice.Key}`"
                    : $"Dimensions cannot be specified more than once: `{twice.Key}`",
                twice.Any(d => d.IsFilter) && twice.Any(d => !d.IsFilter) ? "E7103" : "E7111");
        }

        if (dimensions.All(d => d.Id != "dx"))
        {
            throw Dhis2ApiException.Conflict("At least one data dimension item or data element group set dimension item must be specified", "E7102");
        }

        if (dimensions.All(d => d.Id != "pe"))
        {
            throw Dhis2ApiException.Conflict("At least one period as dimension or filter, or start and dates, must be specified", "E7104");
        }
    }

    private static Period WholeRange() => new("ALL", "All", DateOnly.MinValue, DateOnly.MaxValue);

    private (double Value, double? Numerator, double? Denominator, double? Factor)? Evaluate(string[] dxItems, Period[] periods, IReadOnlyList<string> units)
    {
        var indicators = dxItems.Select(i => _store.Get("indicators", i)).OfType<JsonObject>().ToList();
        if (indicators.Count == 1 && dxItems.Length == 1)
        {
            return Indicator(indicators[0], periods, units);
        }

        double? total = null;
        foreach (var item in dxItems.Where(i => _store.Get("indicators", i) is null))
        {
            if (_values.Sum(item, periods, units) is { } v)
            {
                total = (total ?? 0) + v;
            }
        }

        return total is null ? null : (total.Value, null, null, null);
    }

    private (double Value, double? Numerator, double? Denominator, double? Factor)? Indicator(JsonObject indicator, Period[] periods, IReadOnlyList<string> units)
    {
        double? Operand(string id) => _values.Sum(id, periods, units);
        double? Constant(string id) => double.TryParse(Dhis2Json.Str(_store.Get("constants", id)?["value"]), NumberStyles.Float, CultureInfo.InvariantCulture, out var c) ? c : null;
        var numerator = new IndicatorExpression(Dhis2Json.Str(indicator["numerator"]) ?? "0", Operand, Constant).Evaluate();
        var denominator = new IndicatorExpression(Dhis2Json.Str(indicator["denominator"]) ?? "1", Operand, Constant).Evaluate();
        if (numerator is null || denominator is null or 0)
        {
            return null;
        }

        var type = indicator["indicatorType"] as JsonObject;
        var factorText = Dhis2Json.Str(type?["factor"]) ?? Dhis2Json.Str(_store.Get("indicatorTypes", Dhis2Json.Str(type?["id"]))?["factor"]) ?? "1";
        var factor = double.Parse(factorText, CultureInfo.InvariantCulture);
        return (numerator.Value / denominator.Value * factor, numerator, denominator, factor);
    }

    private string Format(double value) => JavaDouble.Format(request.Flag("skipRounding") ? value : JavaDouble.Round(value));

    private static IEnumerable<string[]> Cartesian(List<AnalyticsDimension> dimensions)
    {
        IEnumerable<string[]> result = [[]];
        foreach (var dimension in dimensions)
        {
            result = result.SelectMany(prefix => dimension.Items.Select(item => (string[])[.. prefix, item])).ToList();
        }

        return result;
    }

    private JsonObject Response(List<AnalyticsDimension> dimensions, List<AnalyticsDimension> shown, JsonArray rows, bool includeNumDen)
    {
        var headers = new JsonArray();
        foreach (var d in shown)
        {
            headers.Add(Header(d.Id, d.Column, "TEXT", "java.lang.String", meta: true));
        }

        headers.Add(Header("value", "Value", "NUMBER", "java.lang.Double", meta: false));
        if (includeNumDen)
        {
            foreach (var name in new[] { "numerator", "denominator", "factor", "multiplier", "divisor" })
            {
                headers.Add(Header(name, char.ToUpperInvariant(name[0]) + name[1..], "NUMBER", "java.lang.Double", meta: false));
            }
        }

        var body = new JsonObject { ["headers"] = headers };
        if (!request.Flag("skipMeta"))
        {
            foreach (var d in dimensions.Where(d => d.Id is "dx" or "pe" or "ou"))
            {
                _items[d.Id] = new JsonObject { ["name"] = d.Column };
            }

            var dims = new JsonObject();
            foreach (var d in dimensions)
            {
                dims[d.Id] = new JsonArray([.. d.Items.Select(i => (JsonNode)i)]);
            }

            dims["co"] ??= new JsonArray();
            body["metaData"] = new JsonObject { ["items"] = _items, ["dimensions"] = dims };
        }

        body["rowContext"] = new JsonObject();
        body["rows"] = rows;
        body["headerWidth"] = headers.Count;
        body["height"] = rows.Count;
        body["width"] = headers.Count;
        return body;
    }

    private static JsonObject Header(string name, string column, string valueType, string type, bool meta) => new()
    {
        ["name"] = name,
        ["column"] = column,
        ["valueType"] = valueType,
        ["type"] = type,
        ["hidden"] = false,
        ["meta"] = meta,
    };
}
