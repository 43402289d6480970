using System.Globalization;
using System.Text.Json.Nodes;
using Passerelle.DemoWorld.Model;
using Passerelle.Emulators.Dhis2.Api;

namespace Passerelle.Emulators.Dhis2.Worlds;

/// <summary>
/// The DHIS2 objects a generated world seeds, as DHIS2 stores them: org units with their parent and point, the org unit
/// levels, monthly service data elements (whole numbers, summed, default combo) and the monthly data set that carries them.
/// </summary>
internal static class ServiceWorldObjects
{
    public static JsonObject OrgUnit(Dhis2OrgUnitRecord unit, string timestamp)
    {
        var value = new JsonObject
        {
            ["id"] = unit.Uid,
            ["name"] = unit.Name,
            ["shortName"] = unit.ShortName,
            ["created"] = timestamp,
            ["lastUpdated"] = timestamp,
            ["openingDate"] = Day(unit.OpeningDate),
        };
        if (unit.Code is not null)
        {
            value["code"] = unit.Code;
        }

        if (unit.ClosedDate is { } closed)
        {
            value["closedDate"] = Day(closed);
        }

        if (unit.ParentUid is not null)
        {
            value["parent"] = Dhis2Json.Ref(unit.ParentUid);
        }

        if (unit.Location is { } point)
        {
            value["geometry"] = new JsonObject { ["type"] = "Point", ["coordinates"] = new JsonArray(point.Longitude, point.Latitude) };
        }

        return value;
    }

    /// <summary>One level per name, numbered from 1; uids drawn from <paramref name="key"/> and the level.</summary>
    public static void PutLevels(Dhis2Store store, IReadOnlyList<string> names, string key, string timestamp)
    {
        for (var level = 1; level <= names.Count; level++)
        {
            store.Put("organisationUnitLevels", new JsonObject
            {
                ["id"] = Metadata.Uids.FromKey($"{key}-level-{level}"),
                ["name"] = names[level - 1],
                ["level"] = level,
                ["created"] = timestamp,
                ["lastUpdated"] = timestamp,
            });
        }
    }

    public static JsonObject ServiceDataElement(string uid, string code, string name, string shortName, string timestamp) => new()
    {
        ["id"] = uid,
        ["code"] = code,
        ["name"] = name,
        ["shortName"] = shortName,
        ["created"] = timestamp,
        ["lastUpdated"] = timestamp,
        ["valueType"] = "INTEGER_ZERO_OR_POSITIVE",
        ["domainType"] = "AGGREGATE",
        ["aggregationType"] = "SUM",
        ["zeroIsSignificant"] = false,
        ["categoryCombo"] = Dhis2Json.Ref(DefaultCategoryModel.CategoryCombo),
    };

    /// <summary>"Services de santé mensuels": the elements, assigned to the facilities.</summary>
    public static JsonObject MonthlyDataSet(string id, IEnumerable<string> elements, IEnumerable<string> facilities, string timestamp) => new()
    {
        ["id"] = id,
        ["code"] = "SERVICES_MENSUELS",
        ["name"] = "Services de santé mensuels",
        ["shortName"] = "Services mensuels",
        ["created"] = timestamp,
        ["lastUpdated"] = timestamp,
        ["periodType"] = "Monthly",
        ["categoryCombo"] = Dhis2Json.Ref(DefaultCategoryModel.CategoryCombo),
        ["dataSetElements"] = new JsonArray([.. elements.Select(e => (JsonNode)new JsonObject
        {
            ["dataElement"] = Dhis2Json.Ref(e),
            ["dataSet"] = Dhis2Json.Ref(id),
        })]),
        ["organisationUnits"] = Dhis2Json.Refs(facilities),
    };

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00.000";
}
