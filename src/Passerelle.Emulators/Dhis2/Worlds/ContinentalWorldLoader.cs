using System.Globalization;
using System.Text.Json.Nodes;
using Passerelle.DemoWorld.Continental;
using Passerelle.Emulators.Dhis2.Api;
using Passerelle.Emulators.Dhis2.DataValues;
using Passerelle.Emulators.Dhis2.Metadata;

namespace Passerelle.Emulators.Dhis2.Worlds;

/// <summary>
/// Seeds a continental DHIS2 (issue 12): every country a root of the org unit tree (country → région → district →
/// facility), the service data elements in a monthly data set, and all the monthly values as a read-only archive
/// (<see cref="Dhis2ValueArchive"/>: 8 bytes a value, so 50 million fit in about 400 MB).
/// </summary>
internal static class ContinentalWorldLoader
{
    private static readonly string[] LevelNames = ["Pays", "Région", "District", "Structure sanitaire"];

    public static void Load(Dhis2Store store, ContinentalWorld world, DateTimeOffset now)
    {
        var timestamp = Dhis2Json.MetadataTimestamp(now);
        var facilities = new List<string>();
        foreach (var unit in world.Dhis2OrgUnits(CancellationToken.None))
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

            if (unit.ParentUid is not null)
            {
                value["parent"] = Dhis2Json.Ref(unit.ParentUid);
            }

            if (unit.Location is { } point)
            {
                value["geometry"] = new JsonObject { ["type"] = "Point", ["coordinates"] = new JsonArray(point.Longitude, point.Latitude) };
            }

            store.Put("organisationUnits", value);
            if (unit.Level == LevelNames.Length)
            {
                facilities.Add(unit.Uid);
            }
        }

        store.RebuildHierarchy();
        for (var level = 1; level <= LevelNames.Length; level++)
        {
            store.Put("organisationUnitLevels", new JsonObject
            {
                ["id"] = Uids.FromKey("continental-level-" + level),
                ["name"] = LevelNames[level - 1],
                ["level"] = level,
                ["created"] = timestamp,
                ["lastUpdated"] = timestamp,
            });
        }

        var elements = world.DataElementUids;
        for (var i = 0; i < elements.Count; i++)
        {
            var name = world.DataElementNames[i];
            store.Put("dataElements", new JsonObject
            {
                ["id"] = elements[i],
                ["code"] = world.DataElementCodes[i],
                ["name"] = name,
                ["shortName"] = name.Length <= 50 ? name : name[..50].TrimEnd(),
                ["created"] = timestamp,
                ["lastUpdated"] = timestamp,
                ["valueType"] = "INTEGER_ZERO_OR_POSITIVE",
                ["domainType"] = "AGGREGATE",
                ["aggregationType"] = "SUM",
                ["zeroIsSignificant"] = false,
                ["categoryCombo"] = Dhis2Json.Ref(DefaultCategoryModel.CategoryCombo),
            });
        }

        var dataSetId = Uids.FromKey("continental-service-dataset");
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
            ["dataSetElements"] = new JsonArray([.. elements.Select(e => (JsonNode)new JsonObject
            {
                ["dataElement"] = Dhis2Json.Ref(e),
                ["dataSet"] = Dhis2Json.Ref(dataSetId),
            })]),
            ["organisationUnits"] = Dhis2Json.Refs(facilities),
        });

        var archive = new Dhis2ValueArchive.Builder(elements, world.Periods, world.Options.Values);
        foreach (var value in world.ServiceValues(CancellationToken.None))
        {
            archive.Add(value.Element, value.Month, value.OrgUnitUid, value.Value);
        }

        store.Archive = archive.Build(now, "continental");
    }
}
