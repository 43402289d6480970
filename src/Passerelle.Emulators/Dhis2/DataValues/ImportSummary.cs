using System.Text.Json.Nodes;

namespace Passerelle.Emulators.Dhis2.DataValues;

/// <summary>The ImportSummary of a data value import (web-api.md §6.3).</summary>
internal sealed record ImportSummary(
    string Status,
    string Description,
    int Imported,
    int Updated,
    int Ignored,
    int Deleted,
    ImportConflicts Conflicts,
    string DataSetComplete)
{
    public JsonObject ToJson(JsonObject importOptions, bool withResponseType = true)
    {
        var json = new JsonObject();
        if (withResponseType)
        {
            json["responseType"] = "ImportSummary";
        }

        json["status"] = Status;
        json["importOptions"] = importOptions;
        json["description"] = Description;
        json["importCount"] = new JsonObject { ["imported"] = Imported, ["updated"] = Updated, ["ignored"] = Ignored, ["deleted"] = Deleted };
        json["conflicts"] = Conflicts.ToJson();
        json["dataSetComplete"] = DataSetComplete;
        return json;
    }
}
