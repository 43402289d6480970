using System.Text.Json.Nodes;
using Passerelle.Emulators.Dhis2.Api;

namespace Passerelle.Emulators.Dhis2.Metadata;

/// <summary>
/// Applies a DHIS2 field filter (web-api.md §4.3) to an object: presets, nested <c>field[sub]</c> through
/// references, exclusions, <c>~size</c>/<c>::size</c>, <c>~rename</c>, <c>~isEmpty</c>; references without
/// sub-fields come out as <c>{"id":…}</c>.
/// </summary>
internal sealed class FieldSelector(MetadataView view)
{
    private static readonly string[] Identifiable = ["id", "name", "code", "created", "lastUpdated", "href"];
    private static readonly string[] Nameable = [.. Identifiable, "shortName", "description"];

    public JsonObject Apply(string? collection, JsonObject stored, IReadOnlyList<FieldSpec> fields)
    {
        var selected = new Dictionary<string, FieldSpec?>(StringComparer.Ordinal);
        foreach (var field in fields.Where(f => f.IsPreset && !f.Exclude))
        {
            var names = field.Name switch
            {
                ":identifiable" => Identifiable,
                ":nameable" => Nameable,
                _ => view.PropertyNames(collection, stored),
            };
            foreach (var name in names)
            {
                selected.TryAdd(name, null);
            }
        }

        foreach (var field in fields.Where(f => !f.IsPreset && !f.Exclude))
        {
            selected[field.Name] = field;
        }

        foreach (var field in fields.Where(f => f.Exclude))
        {
            selected.Remove(field.Name);
        }

        var result = new JsonObject();
        foreach (var (name, spec) in selected)
        {
            var value = view.Get(collection, stored, name);
            var rendered = Render(collection, name, value, spec);
            if (rendered is not null)
            {
                result[spec?.Transform == "rename" && spec.TransformArgument is { } alias ? alias : name] = rendered;
            }
        }

        return result;
    }

    private JsonNode? Render(string? owner, string name, JsonNode? value, FieldSpec? spec)
    {
        var target = MetadataSchema.ReferenceTarget(owner, name);
        switch (spec?.Transform)
        {
            case "size":
                return value is null ? null : JsonValue.Create(value is JsonArray a ? a.Count : (Dhis2Json.Str(value) ?? "").Length);
            case "isEmpty":
                return JsonValue.Create(value is null || value is JsonArray { Count: 0 });
            case "isNotEmpty":
                return JsonValue.Create(value is JsonArray { Count: > 0 } || value is JsonValue);
        }

        if (value is null)
        {
            return null;
        }

        if (spec?.Children is { } children)
        {
            return value switch
            {
                JsonArray array => new JsonArray([.. array.Select(e => Nested(target, e, children))]),
                JsonObject => Nested(target, value, children),
                _ => value.DeepClone(),
            };
        }

        return Plain(target, value);
    }

    private JsonNode? Nested(string? target, JsonNode? element, IReadOnlyList<FieldSpec> children)
    {
        if (element is not JsonObject reference)
        {
            return element?.DeepClone();
        }

        var resolved = target is not null && view.Store.Get(target, Dhis2Json.Str(reference["id"])) is { } found ? found : reference;
        return Apply(target, resolved, children);
    }

    /// <summary>A value without sub-fields: references reduced to their id, embedded objects copied.</summary>
    private static JsonNode? Plain(string? target, JsonNode? value) => value switch
    {
        null => null,
        JsonArray array => new JsonArray([.. array.Select(e => Plain(target, e))]),
        JsonObject o when target is not null && o["id"] is { } id => new JsonObject { ["id"] = id.DeepClone() },
        JsonObject o => new JsonObject(o.Select(p => KeyValuePair.Create(p.Key, Plain(MetadataSchema.ReferenceTarget(null, p.Key), p.Value)))),
        _ => value.DeepClone(),
    };
}
