using System.Text.Json.Nodes;

namespace Passerelle.Emulators.Ihris.Search;

/// <summary>
/// The search parameters the emulator indexes, per resource type: the HAPI standard R4 ones iHRIS
/// uses plus iHRIS's custom <c>job</c> and <c>related-location</c> (reference/ihris/ihris.md §2.8, §2.12).
/// </summary>
internal static class SearchParameters
{
    private const string RelatedGroupUrl = "http://ihris.org/fhir/StructureDefinition/ihris-related-group";

    private static readonly SearchParameter[] Common =
    [
        Token("_id", r => [(null, JsonPaths.AsString(r["id"]))]),
        new("_lastUpdated", SearchParameterType.Date, (r, value, _) =>
            JsonPaths.AsString(r["meta"]?["lastUpdated"]) is { } text
            && FhirInstant.TryParseRange(text, out var low, out var high)
            && DateComparison.Matches(value, low, high)),
    ];

    private static readonly Dictionary<string, SearchParameter[]> ByType = new(StringComparer.Ordinal)
    {
        ["Location"] =
        [
            Reference("partof", "Location", r => [JsonPaths.Reference(r["partOf"])]),
            Reference("organization", "Organization", r => [JsonPaths.Reference(r["managingOrganization"])]),
            Token("type", r => Codings(r, "type")),
            Token("identifier", Identifiers),
            Token("status", r => [(null, JsonPaths.AsString(r["status"]))]),
            Text("name", r => JsonPaths.Strings(r, "name").Concat(JsonPaths.Strings(r, "alias"))),
            RelatedLocation(),
        ],
        ["PractitionerRole"] =
        [
            Reference("practitioner", "Practitioner", r => [JsonPaths.Reference(r["practitioner"])]),
            Reference("location", "Location", r => JsonPaths.Select(r, "location").Select(JsonPaths.Reference)),
            Token("active", r => [(null, JsonPaths.AsString(r["active"]))]),
            Token("role", r => Codings(r, "code")),
            Token("job", r => Codings(r, "code")),
            Token("identifier", Identifiers),
            new("date", SearchParameterType.Date, PeriodMatches),
            RelatedLocation(),
        ],
        ["Practitioner"] =
        [
            Token("identifier", Identifiers),
            Token("gender", r => [(null, JsonPaths.AsString(r["gender"]))]),
            Token("active", r => [(null, JsonPaths.AsString(r["active"]))]),
            Text("name", r => JsonPaths.Strings(r, "name", "text")
                .Concat(JsonPaths.Strings(r, "name", "family"))
                .Concat(JsonPaths.Strings(r, "name", "given"))),
            Text("family", r => JsonPaths.Strings(r, "name", "family")),
            Text("given", r => JsonPaths.Strings(r, "name", "given")),
            RelatedLocation(),
        ],
        ["CodeSystem"] =
        [
            new("url", SearchParameterType.Uri, (r, value, _) => JsonPaths.AsString(r["url"]) == value),
            Text("name", r => JsonPaths.Strings(r, "name")),
            Token("status", r => [(null, JsonPaths.AsString(r["status"]))]),
        ],
        ["ValueSet"] =
        [
            new("url", SearchParameterType.Uri, (r, value, _) => JsonPaths.AsString(r["url"]) == value),
            Text("name", r => JsonPaths.Strings(r, "name")),
        ],
        ["Organization"] =
        [
            Reference("partof", "Organization", r => [JsonPaths.Reference(r["partOf"])]),
            Token("identifier", Identifiers),
            Token("type", r => Codings(r, "type")),
            Text("name", r => JsonPaths.Strings(r, "name")),
        ],
        ["Basic"] =
        [
            Token("code", r => Codings(r, "code")),
            RelatedLocation(),
        ],
    };

    /// <summary>The resource types the server knows (searchable and readable).</summary>
    public static IReadOnlyCollection<string> ResourceTypes => ByType.Keys;

    public static bool IsKnownType(string resourceType) => ByType.ContainsKey(resourceType);

    public static SearchParameter? Find(string resourceType, string name) =>
        Common.Concat(ByType.GetValueOrDefault(resourceType) ?? []).FirstOrDefault(p => p.Name == name);

    public static IEnumerable<string> Names(string resourceType) =>
        Common.Concat(ByType.GetValueOrDefault(resourceType) ?? []).Select(p => p.Name).Order(StringComparer.Ordinal);

    private static SearchParameter Token(string name, Func<JsonObject, IEnumerable<(string? System, string? Code)>> select) =>
        new(name, SearchParameterType.Token, (resource, value, _) =>
        {
            var bar = value.IndexOf('|', StringComparison.Ordinal);
            var system = bar < 0 ? null : value[..bar];
            var code = bar < 0 ? value : value[(bar + 1)..];
            return select(resource).Any(c =>
                (system is null || (system.Length == 0 ? c.System is null : c.System == system))
                && (code.Length == 0 || c.Code == code));
        });

    private static SearchParameter Reference(string name, string targetType, Func<JsonObject, IEnumerable<string?>> select) =>
        new(name, SearchParameterType.Reference, (resource, value, _) =>
        {
            var wanted = NormalizeReference(value, targetType);
            return select(resource).Any(r => r is { Length: > 0 } && NormalizeReference(r, targetType) == wanted);
        });

    private static SearchParameter Text(string name, Func<JsonObject, IEnumerable<string>> select) =>
        new(name, SearchParameterType.String, (resource, value, modifier) => select(resource).Any(s => modifier switch
        {
            "exact" => s == value,
            "contains" => s.Contains(value, StringComparison.OrdinalIgnoreCase),
            _ => Fold(s).StartsWith(Fold(value), StringComparison.OrdinalIgnoreCase),
        }));

    // iHRIS's related-location: string search on the ihris-related-group extension's location values.
    private static SearchParameter RelatedLocation() =>
        Text("related-location", r => JsonPaths.Select(r, "extension")
            .OfType<JsonObject>()
            .Where(e => JsonPaths.AsString(e["url"]) == RelatedGroupUrl)
            .SelectMany(e => JsonPaths.Select(e, "extension"))
            .OfType<JsonObject>()
            .Where(e => JsonPaths.AsString(e["url"]) == "location")
            .Select(e => JsonPaths.AsString(e["valueString"]))
            .OfType<string>());

    private static IEnumerable<(string? System, string? Code)> Codings(JsonObject resource, string element) =>
        JsonPaths.Select(resource, element, "coding").OfType<JsonObject>()
            .Select(c => (JsonPaths.AsString(c["system"]), JsonPaths.AsString(c["code"])));

    private static IEnumerable<(string? System, string? Code)> Identifiers(JsonObject resource) =>
        JsonPaths.Select(resource, "identifier").OfType<JsonObject>()
            .Select(i => (JsonPaths.AsString(i["system"]), JsonPaths.AsString(i["value"])));

    // FHIR date search on a Period: the period [start, end] must satisfy the prefix.
    private static bool PeriodMatches(JsonObject resource, string value, string? modifier)
    {
        var period = resource["period"];
        var start = JsonPaths.AsString(period?["start"]);
        var end = JsonPaths.AsString(period?["end"]);
        var low = start is { Length: > 0 } && FhirInstant.TryParseRange(start, out var s, out _) ? s : DateTimeOffset.MinValue;
        var high = end is { Length: > 0 } && FhirInstant.TryParseRange(end, out _, out var e) ? e : DateTimeOffset.MaxValue;
        return DateComparison.Matches(value, low, high);
    }

    private static string NormalizeReference(string reference, string defaultType)
    {
        var parts = reference.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var historyAt = Array.IndexOf(parts, "_history");
        if (historyAt > 0)
        {
            parts = parts[..historyAt];
        }

        return parts.Length switch
        {
            0 => string.Empty,
            1 => defaultType + "/" + parts[0],
            _ => parts[^2] + "/" + parts[^1],
        };
    }

    private static string Fold(string text) =>
        new string(text.Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            .ToArray());
}
