using System.Globalization;
using System.Text.Json.Nodes;
using Passerelle.DemoWorld.Model;
using Passerelle.Emulators.Dhis2.Api;
using Passerelle.Emulators.Dhis2.DataValues;
using Passerelle.Emulators.Dhis2.Metadata;

namespace Passerelle.Emulators.Dhis2.Worlds;

/// <summary>
/// Seeds the Passerelle demo world as a national DHIS2 holds it: the org unit tree (country → région →
/// district → structure), its levels, the service data elements in a monthly data set, and the monthly values.
/// </summary>
internal static class DemoWorldLoader
{
    private static readonly string[] LevelNames = ["Pays", "Région", "District", "Structure sanitaire"];

    public static void Load(Dhis2Store store, DemoWorldModel model, DateTimeOffset now)
    {
        var timestamp = Dhis2Json.MetadataTimestamp(now);
        foreach (var unit in model.OrgUnits)
        {
            var value = new JsonObject
            {
                ["id"] = unit.Uid,
                ["name"] = unit.Name,
                ["shortName"] = unit.ShortName,
                ["created"] = timestamp,
                ["lastUpdated"] = timestamp,
                ["openingDate"] = unit.OpeningDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00.000",
            };
            if (unit.Code is not null)
            {
                value["code"] = unit.Code;
            }

            if (unit.ClosedDate is { } closed)
            {
                value["closedDate"] = closed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00.000";
            }

            if (unit.ParentUid is not null)
            {
                value["parent"] = Dhis2Json.Ref(unit.ParentUid);
            }

            if (unit.Location is { } point)
            {
                value["geometry"] = new JsonObject { ["type"] = "Point", ["coordinates"] = new JsonArray(point.Longitude, point.Latitude) };
            }

            store.Put("organisationUnits", value);
        }

        store.RebuildHierarchy();
        var maxLevel = model.OrgUnits.Count == 0 ? 0 : model.OrgUnits.Max(u => u.Level);
        for (var level = 1; level <= maxLevel; level++)
        {
            store.Put("organisationUnitLevels", new JsonObject
            {
                ["id"] = Uids.FromKey("demo-level-" + level),
                ["name"] = level <= LevelNames.Length ? LevelNames[level - 1] : "Niveau " + level,
                ["level"] = level,
                ["created"] = timestamp,
                ["lastUpdated"] = timestamp,
            });
        }

        foreach (var element in model.ServiceDataElements)
        {
            store.Put("dataElements", new JsonObject
            {
                ["id"] = element.Uid,
                ["code"] = element.Code,
                ["name"] = element.Name,
                ["shortName"] = element.ShortName,
                ["created"] = timestamp,
                ["lastUpdated"] = timestamp,
                ["valueType"] = "INTEGER_ZERO_OR_POSITIVE",
                ["domainType"] = "AGGREGATE",
                ["aggregationType"] = "SUM",
                ["zeroIsSignificant"] = false,
                ["categoryCombo"] = Dhis2Json.Ref(DefaultCategoryModel.CategoryCombo),
            });
        }

        var dataSetId = Uids.FromKey("demo-service-dataset");
        store.Put("dataSets", new JsonObject
        {
            ["id"] = dataSetId,
            ["code"] = "SERVICES_MENSUELS",
            ["name"] = "Services de santé mensuels",
            ["shortName"] = "Services mensuels",
            ["created"] = timestamp,
            ["lastUpdated"] = timestamp,
            ["periodType"] = "Monthly",
            ["categoryCombo"] = Dhis2Json.Ref(DefaultCategoryModel.CategoryCombo),
            ["dataSetElements"] = new JsonArray([.. model.ServiceDataElements.Select(e => (JsonNode)new JsonObject
            {
                ["dataElement"] = Dhis2Json.Ref(e.Uid),
                ["dataSet"] = Dhis2Json.Ref(dataSetId),
            })]),
            ["organisationUnits"] = Dhis2Json.Refs(model.OrgUnits.Where(u => u.Level == maxLevel).Select(u => u.Uid)),
        });

        foreach (var value in model.ServiceValues)
        {
            var key = new DataValueKey(value.DataElementUid, value.Period, value.OrgUnitUid, DataValueSetImporter.DefaultCombo, DataValueSetImporter.DefaultCombo);
            var entered = EnteredOn(value.Period, now);
            store.PutValue(new StoredDataValue(key, value.Value.ToString(CultureInfo.InvariantCulture), "demo", entered, entered, null, false, false));
        }
    }

    /// <summary>
    /// When a district would have keyed the month in: the 10th of the month after it (the usual reporting deadline), or now if
    /// that is still to come, so an export by <c>lastUpdated</c> finds the world as old as its periods.
    /// </summary>
    private static DateTimeOffset EnteredOn(string period, DateTimeOffset now)
    {
        if (period.Length != 6 || !int.TryParse(period.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(period.AsSpan(4, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month) || month is < 1 or > 12)
        {
            return now;
        }

        var deadline = new DateTimeOffset(year, month, 10, 10, 0, 0, TimeSpan.Zero).AddMonths(1);
        return deadline < now ? deadline : now;
    }
}
