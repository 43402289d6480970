using System.Text.Json.Nodes;

namespace Passerelle.Emulators.Dhis2.Metadata;

/// <summary>One object of an import payload, with what the import decided about it.</summary>
internal sealed class ImportedObject(MetadataType type, int index, JsonObject value, string uid, JsonObject? existing)
{
    public MetadataType Type { get; } = type;

    public int Index { get; } = index;

    public JsonObject Value { get; } = value;

    public string Uid { get; } = uid;

    public JsonObject? Existing { get; } = existing;

    public List<JsonObject> Errors { get; } = [];

    public JsonObject Error(string code, string message, string? property = null, IEnumerable<string>? properties = null, string? errorKlass = null, string? value = null)
    {
        var report = new JsonObject { ["message"] = message, ["mainKlass"] = Type.Klass };
        if (errorKlass is not null)
        {
            report["errorKlass"] = errorKlass;
        }

        report["errorCode"] = code;
        report["mainId"] = Uid;
        if (property is not null)
        {
            report["errorProperty"] = property;
        }

        report["errorProperties"] = new JsonArray([.. (properties ?? []).Select(p => (JsonNode)p)]);
        if (value is not null)
        {
            report["value"] = value;
        }

        Errors.Add(report);
        return report;
    }
}
