using System.Text.Json.Nodes;
using Passerelle.Emulators.Dhis2.Api;

namespace Passerelle.Emulators.Dhis2.DataValues;

/// <summary>Input id schemes of a data value import (UID, CODE, NAME; specific beats general; payload beats URL).</summary>
internal sealed record IdSchemes(string DataElement, string OrgUnit, string CategoryOptionCombo, string AttributeOptionCombo, string DataSet)
{
    public static IdSchemes From(Dhis2Request request, JsonObject payload)
    {
        string Get(string name) => (Dhis2Json.Str(payload[name]) ?? request.Query(name))?.ToUpperInvariant() ?? "";
        var general = Get("idScheme") is { Length: > 0 } g ? g : "UID";
        string Pick(string name) => Get(name) is { Length: > 0 } s ? s : general;
        return new IdSchemes(Pick("dataElementIdScheme"), Pick("orgUnitIdScheme"), Pick("categoryOptionComboIdScheme"), Pick("attributeOptionComboIdScheme"), Pick("dataSetIdScheme"));
    }

    public bool IsDefault => new[] { DataElement, OrgUnit, CategoryOptionCombo, AttributeOptionCombo, DataSet }.All(s => s == "UID");

    /// <summary>The importOptions.idSchemes echo: only schemes that differ from UID.</summary>
    public JsonObject Echo()
    {
        var echo = new JsonObject();
        void Add(string name, string scheme)
        {
            if (scheme != "UID")
            {
                echo[name] = new JsonObject { ["type"] = scheme };
            }
        }

        Add("dataElementIdScheme", DataElement);
        Add("orgUnitIdScheme", OrgUnit);
        Add("categoryOptionComboIdScheme", CategoryOptionCombo);
        Add("attributeOptionComboIdScheme", AttributeOptionCombo);
        Add("dataSetIdScheme", DataSet);
        return echo;
    }

    public static JsonObject? Resolve(Dhis2Store store, string collection, string scheme, string? identifier) =>
        identifier is null ? null : scheme switch
        {
            "CODE" => store.FindBy(collection, "code", identifier),
            "NAME" => store.FindBy(collection, "name", identifier),
            _ => store.Get(collection, identifier),
        };
}
