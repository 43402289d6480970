using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Passerelle.Emulators.Dhis2.Api;

namespace Passerelle.Emulators.Dhis2.Metadata;

/// <summary>One <c>filter=property:operator[:value]</c> of a metadata list (web-api.md §4.4), dotted paths through references.</summary>
internal sealed partial record ObjectFilter(string[] Path, string Operator, string? Value)
{
    private static readonly HashSet<string> Operators = new(StringComparer.Ordinal)
    {
        "eq", "!eq", "ne", "ieq", "!ieq", "like", "!like", "$like", "!$like", "like$", "!like$", "ilike", "!ilike", "$ilike", "!$ilike",
        "ilike$", "!ilike$", "gt", "ge", "lt", "le", "null", "!null", "empty", "!empty", "token", "!token", "in", "!in",
    };

    /// <summary>Parses every filter parameter; a parameter may hold several comma-separated filters.</summary>
    /// <exception cref="Dhis2ApiException">409 for an unknown operator or a malformed filter.</exception>
    public static IReadOnlyList<ObjectFilter> Parse(IEnumerable<string> parameters)
    {
        var filters = new List<ObjectFilter>();
        foreach (var parameter in parameters)
        {
            var matches = FilterPattern().Matches(parameter);
            if (matches.Count == 0)
            {
                throw Dhis2ApiException.Conflict($"Unable to parse filter `{parameter}`", "E2014");
            }

            foreach (Match m in matches)
            {
                var op = m.Groups["op"].Value;
                if (!Operators.Contains(op))
                {
                    throw Dhis2ApiException.Conflict($"Operator not supported: `{op}`", "E2035");
                }

                filters.Add(new ObjectFilter(m.Groups["property"].Value.Split('.'), op, m.Groups["value"].Success ? m.Groups["value"].Value : null));
            }
        }

        return filters;
    }

    public bool Matches(string collection, JsonObject stored, MetadataView view)
    {
        var values = Resolve(collection, stored, view).ToList();
        var negated = Operator.StartsWith('!') || Operator == "ne";
        var op = Operator.TrimStart('!');
        switch (op)
        {
            case "null":
                return values.All(v => v is null) ^ negated;
            case "empty":
                return values.All(v => v is null || v is JsonArray { Count: 0 }) ^ negated;
        }

        var strings = values.Select(Dhis2Json.Str).Where(s => s is not null).Cast<string>().ToList();
        var any = strings.Any(s => Test(op, s));
        return negated ? !any : any;
    }

    private bool Test(string op, string actual)
    {
        var expected = Value ?? "";
        return op switch
        {
            "eq" or "ne" => Compare(actual, expected) == 0,
            "ieq" => string.Equals(actual, expected, StringComparison.OrdinalIgnoreCase),
            "like" => actual.Contains(expected, StringComparison.Ordinal),
            "ilike" => actual.Contains(expected, StringComparison.OrdinalIgnoreCase),
            "$like" => actual.StartsWith(expected, StringComparison.Ordinal),
            "$ilike" => actual.StartsWith(expected, StringComparison.OrdinalIgnoreCase),
            "like$" => actual.EndsWith(expected, StringComparison.Ordinal),
            "ilike$" => actual.EndsWith(expected, StringComparison.OrdinalIgnoreCase),
            "gt" => Compare(actual, expected) > 0,
            "ge" => Compare(actual, expected) >= 0,
            "lt" => Compare(actual, expected) < 0,
            "le" => Compare(actual, expected) <= 0,
            "in" => expected.Trim('[', ']').Split(',').Any(v => Compare(actual, v.Trim()) == 0),
            "token" => expected.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => actual.Contains(w, StringComparison.OrdinalIgnoreCase)),
            _ => false,
        };
    }

    /// <summary>Numbers compare as numbers, everything else as ordinal strings (ISO dates sort correctly).</summary>
    internal static int Compare(string a, string b) =>
        double.TryParse(a, NumberStyles.Float, CultureInfo.InvariantCulture, out var x)
        && double.TryParse(b, NumberStyles.Float, CultureInfo.InvariantCulture, out var y)
            ? x.CompareTo(y)
            : string.CompareOrdinal(a, b);

    private IEnumerable<JsonNode?> Resolve(string collection, JsonObject stored, MetadataView view)
    {
        IEnumerable<(string? Collection, JsonNode? Node)> current = [(collection, stored)];
        for (var i = 0; i < Path.Length; i++)
        {
            var part = Path[i];
            var last = i == Path.Length - 1;
            var next = new List<(string?, JsonNode?)>();
            foreach (var (owner, node) in current)
            {
                if (node is not JsonObject o)
                {
                    continue;
                }

                var value = owner is not null ? view.Get(owner, o, part) : o[part];
                var target = MetadataSchema.ReferenceTarget(owner, part);
                IEnumerable<JsonNode?> elements = value is JsonArray array ? array : new[] { value };
                foreach (var element in elements)
                {
                    var resolved = !last && target is not null && element is JsonObject r && Path[i + 1] != "id"
                        ? view.Store.Get(target, Dhis2Json.Str(r["id"])) ?? r
                        : element;
                    next.Add((target, resolved));
                }
            }

            current = next;
        }

        return current.Select(c => c.Node);
    }

    [GeneratedRegex(@"(?<property>[a-zA-Z0-9.]+):(?<op>[!$a-zA-Z]{2,10})(?::(?<value>\[[^\]]*\]|[^,\n\r]+))?")]
    private static partial Regex FilterPattern();
}
