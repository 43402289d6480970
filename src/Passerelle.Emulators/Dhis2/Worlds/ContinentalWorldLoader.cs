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
            store.Put("organisationUnits", ServiceWorldObjects.OrgUnit(unit, timestamp));
            if (unit.Level == LevelNames.Length)
            {
                facilities.Add(unit.Uid);
            }
        }

        store.RebuildHierarchy();
        ServiceWorldObjects.PutLevels(store, LevelNames, "continental", timestamp);
        var elements = world.DataElementUids;
        for (var i = 0; i < elements.Count; i++)
        {
            var name = world.DataElementNames[i];
            store.Put("dataElements", ServiceWorldObjects.ServiceDataElement(
                elements[i], world.DataElementCodes[i], name, name.Length <= 50 ? name : name[..50].TrimEnd(), timestamp));
        }

        store.Put("dataSets", ServiceWorldObjects.MonthlyDataSet(Uids.FromKey("continental-service-dataset"), elements, facilities, timestamp));

        var archive = new Dhis2ValueArchive.Builder(elements, world.Periods, world.Options.Values);
        foreach (var value in world.ServiceValues(CancellationToken.None))
        {
            archive.Add(value.Element, value.Month, value.OrgUnitUid, value.Value);
        }

        store.Archive = archive.Build(now, "continental");
    }
}
