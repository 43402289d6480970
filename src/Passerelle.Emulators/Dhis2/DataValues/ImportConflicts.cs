using System.Text.Json.Nodes;

namespace Passerelle.Emulators.Dhis2.DataValues;

/// <summary>
/// The conflicts of one data value import, merged when identical (indexes accumulate), rendered in the
/// shape of the emulated version (web-api.md §6.3: {object, objects, value, errorCode, property, indexes} up
/// to 2.42; {objects:{args}, value, errorCode, indexes} from 2.43).
/// </summary>
internal sealed class ImportConflicts(bool dataEntryPipeline)
{
    private readonly List<Conflict> _conflicts = [];

    public int Count => _conflicts.Count;

    public IEnumerable<int> Indexes => _conflicts.SelectMany(c => c.Indexes).Distinct().Order();

    public void Add(int index, string errorCode, string message, string? property, params (string Type, string Id)[] objects)
    {
        var existing = _conflicts.FirstOrDefault(c => c.ErrorCode == errorCode && c.Message == message && c.Objects.SequenceEqual(objects));
        if (existing is null)
        {
            existing = new Conflict(errorCode, message, property, objects, []);
            _conflicts.Add(existing);
        }

        if (index >= 0)
        {
            existing.Indexes.Add(index);
        }
    }

    public JsonArray ToJson() => new([.. _conflicts.Select(c => (JsonNode)Render(c))]);

    private JsonObject Render(Conflict c)
    {
        var result = new JsonObject();
        if (dataEntryPipeline)
        {
            result["objects"] = new JsonObject { ["args"] = string.Join(", ", c.Objects.Select(o => o.Id)) };
        }
        else
        {
            if (c.Objects.Length > 0)
            {
                result["object"] = c.Objects[0].Id;
            }

            result["objects"] = new JsonObject(c.Objects.Select(o => KeyValuePair.Create(o.Type, (JsonNode?)o.Id)));
        }

        result["value"] = c.Message;
        result["errorCode"] = c.ErrorCode;
        if (!dataEntryPipeline && c.Property is not null)
        {
            result["property"] = c.Property;
        }

        result["indexes"] = new JsonArray([.. c.Indexes.Select(i => (JsonNode)i)]);
        return result;
    }

    private sealed record Conflict(string ErrorCode, string Message, string? Property, (string Type, string Id)[] Objects, List<int> Indexes);
}
