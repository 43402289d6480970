using System.Globalization;
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
            store.Put("organisationUnits", ServiceWorldObjects.OrgUnit(unit, timestamp));
        }

        store.RebuildHierarchy();
        var maxLevel = model.OrgUnits.Count == 0 ? 0 : model.OrgUnits.Max(u => u.Level);
        ServiceWorldObjects.PutLevels(store, [.. Enumerable.Range(1, maxLevel).Select(l => l <= LevelNames.Length ? LevelNames[l - 1] : "Niveau " + l)], "demo", timestamp);
        foreach (var element in model.ServiceDataElements)
        {
            store.Put("dataElements", ServiceWorldObjects.ServiceDataElement(element.Uid, element.Code, element.Name, element.ShortName, timestamp));
        }

        store.Put("dataSets", ServiceWorldObjects.MonthlyDataSet(
            Uids.FromKey("demo-service-dataset"), model.ServiceDataElements.Select(e => e.Uid), model.OrgUnits.Where(u => u.Level == maxLevel).Select(u => u.Uid), timestamp));

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
