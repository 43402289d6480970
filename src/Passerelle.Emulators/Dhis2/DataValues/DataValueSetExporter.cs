using System.Globalization;
using System.Text.Json.Nodes;
using Passerelle.Emulators.Dhis2.Api;
using Passerelle.Emulators.Dhis2.Metadata;

namespace Passerelle.Emulators.Dhis2.DataValues;

/// <summary>
/// <c>GET /api/dataValueSets</c>: required parameter combinations (409 E2001/E2002/E2003/E2006/E2008), data sets or
/// elements, periods or start/end dates, org units with children, lastUpdated, includeDeleted, output id schemes;
/// one data set + period + org unit ⇒ header form. Callers hold the store lock; the rows it renders are plain values,
/// written out after the lock is released (<see cref="DataValueSetWriter"/>).
/// </summary>
internal sealed class DataValueSetExporter(Dhis2Request request)
{
    private readonly Dhis2Store _store = request.Store;

    public DataValueSet Export()
    {
        var dataSets = request.QueryAll("dataSet");
        var dataElementIds = request.QueryAll("dataElement");
        var periods = request.QueryAll("period");
        var startDate = request.Query("startDate");
        var endDate = request.Query("endDate");
        var lastUpdated = request.Query("lastUpdated");
        var orgUnits = request.QueryAll("orgUnit");
        var children = request.Flag("children");
        Validate(dataSets, dataElementIds, periods, startDate, endDate, lastUpdated, orgUnits, children);

        var inputScheme = (request.Query("inputIdScheme") ?? "UID").ToUpperInvariant();
        var elements = new HashSet<string>(StringComparer.Ordinal);
        foreach (var ds in dataSets)
        {
            var dataSet = IdSchemes.Resolve(_store, "dataSets", (request.Query("inputDataSetIdScheme") ?? inputScheme).ToUpperInvariant(), ds)
                ?? throw Dhis2ApiException.Conflict($"Data set does not exist: `{ds}`", "E2013");
            foreach (var e in dataSet["dataSetElements"] as JsonArray ?? [])
            {
                elements.Add(Dhis2Json.Id(e?["dataElement"]) ?? "");
            }
        }

        foreach (var de in dataElementIds)
        {
            elements.Add(Dhis2Json.Str(IdSchemes.Resolve(_store, "dataElements", inputScheme, de)?["id"]) ?? de);
        }

        var units = new HashSet<string>(StringComparer.Ordinal);
        foreach (var ou in orgUnits)
        {
            var unit = IdSchemes.Resolve(_store, "organisationUnits", (request.Query("inputOrgUnitIdScheme") ?? inputScheme).ToUpperInvariant(), ou)
                ?? throw Dhis2ApiException.Conflict($"Organisation unit does not exist: `{ou}`", "E2012");
            var uid = (string)unit["id"]!;
            units.UnionWith(children ? MetadataQueryEndpoint.Descendants(_store, uid, includeSelf: true) : [uid]);
        }

        var periodFilter = PeriodFilter(periods, startDate, endDate);
        var since = lastUpdated is null ? (DateTimeOffset?)null : DateTimeOffset.Parse(lastUpdated, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        var includeDeleted = request.Flag("includeDeleted");
        var values = _store.AllValues
            .Where(v => elements.Contains(v.Key.DataElement) && units.Contains(v.Key.OrgUnit) && periodFilter(v.Key.Period)
                && (includeDeleted || !v.Deleted) && (since is null || v.LastUpdated >= since))
            .OrderBy(v => v.Key.DataElement, StringComparer.Ordinal).ThenBy(v => v.Key.Period, StringComparer.Ordinal)
            .ThenBy(v => v.Key.OrgUnit, StringComparer.Ordinal).ThenBy(v => v.Key.CategoryOptionCombo, StringComparer.Ordinal)
            .Select(v => Render(v, includeDeleted))
            .ToList();
        var archived = _store.Archive is { } archive ? Archived(archive, elements, units, periodFilter, since, includeDeleted) : [];
        var body = new JsonObject();
        if (dataSets.Count == 1 && periods.Count == 1 && orgUnits.Count == 1 && !children)
        {
            var ds = Output(IdSchemes.Resolve(_store, "dataSets", inputScheme, dataSets[0])!, "dataSetIdScheme");
            body["dataSet"] = ds;
            var ouUid = units.First();
            var complete = _store.GetCompletion(Dhis2Json.Str(_store.Get("dataSets", dataSets[0])?["id"]) ?? dataSets[0], Period.Parse(periods[0])?.Iso ?? periods[0], ouUid, DataValueSetImporter.DefaultCombo);
            body["completeDate"] = complete;
            body["period"] = Period.Parse(periods[0])?.Iso ?? periods[0];
            body["orgUnit"] = Output(_store.Get("organisationUnits", ouUid)!, "orgUnitIdScheme");
        }

        return new DataValueSet(body, archived is ICollection<ExportedDataValue> { Count: 0 } ? values : values.Concat(archived));
    }

    /// <summary>
    /// The archive's values the request asks for, after the stored ones: the ids are rendered here, under the store lock; the
    /// rows are read lazily, after it, from the archive's immutable arrays. A stored value under the same key hides the archived one.
    /// </summary>
    private IEnumerable<ExportedDataValue> Archived(
        Dhis2ValueArchive archive, HashSet<string> elements, HashSet<string> units, Func<string, bool> periodFilter, DateTimeOffset? since, bool includeDeleted)
    {
        var elementPositions = Enumerable.Range(0, archive.Elements.Count).Where(i => elements.Contains(archive.Elements[i]))
            .OrderBy(i => archive.Elements[i], StringComparer.Ordinal).ToList();
        var periodPositions = Enumerable.Range(0, archive.Periods.Count)
            .Where(i => periodFilter(archive.Periods[i]) && (since is null || archive.EnteredOn(i) >= since))
            .OrderBy(i => archive.Periods[i], StringComparer.Ordinal).ToList();
        if (elementPositions.Count == 0 || periodPositions.Count == 0)
        {
            return [];
        }

        var unitWanted = new bool[archive.Units.Count];
        var unitOutput = new string[archive.Units.Count];
        for (var i = 0; i < unitWanted.Length; i++)
        {
            if (units.Contains(archive.Units[i]))
            {
                unitWanted[i] = true;
                unitOutput[i] = Output(_store.Get("organisationUnits", archive.Units[i]), "orgUnitIdScheme") ?? archive.Units[i];
            }
        }

        var elementOutput = archive.Elements.Select(e => Output(_store.Get("dataElements", e), "dataElementIdScheme") ?? e).ToArray();
        var comboOutput = Output(_store.Get("categoryOptionCombos", DataValueSetImporter.DefaultCombo), "categoryOptionComboIdScheme") ?? DataValueSetImporter.DefaultCombo;
        var attributeOutput = Output(_store.Get("categoryOptionCombos", DataValueSetImporter.DefaultCombo), "attributeOptionComboIdScheme") ?? DataValueSetImporter.DefaultCombo;
        var hidden = _store.AllValues
            .Where(v => v.Key.CategoryOptionCombo == DataValueSetImporter.DefaultCombo && v.Key.AttributeOptionCombo == DataValueSetImporter.DefaultCombo
                && elements.Contains(v.Key.DataElement))
            .Select(v => (v.Key.DataElement, v.Key.Period, v.Key.OrgUnit))
            .ToHashSet();
        var timestamps = archive.Timestamps();
        var deleted = includeDeleted ? false : (bool?)null;
        return archive.Select(elementPositions, periodPositions, unitWanted)
            .Where(row => hidden.Count == 0 || !hidden.Contains((archive.Elements[row.Element], archive.Periods[row.Period], archive.Units[row.Unit])))
            .Select(row => new ExportedDataValue(
                elementOutput[row.Element], archive.Periods[row.Period], unitOutput[row.Unit], comboOutput, attributeOutput,
                row.Value.ToString(CultureInfo.InvariantCulture), archive.StoredBy, timestamps[row.Period], timestamps[row.Period], null, false, deleted));
    }

    private static void Validate(IReadOnlyList<string> dataSets, IReadOnlyList<string> elements, IReadOnlyList<string> periods, string? start, string? end, string? lastUpdated, IReadOnlyList<string> orgUnits, bool children)
    {
        if (dataSets.Count == 0 && elements.Count == 0)
        {
            throw Dhis2ApiException.Conflict("At least one data element, data set or data element group must be specified", "E2001");
        }

        if (periods.Count == 0 && (start is null || end is null) && lastUpdated is null)
        {
            throw Dhis2ApiException.Conflict("At least one period, start/end dates, last updated or last updated duration must be specified", "E2002");
        }

        if (start is not null && end is not null && string.CompareOrdinal(start, end) > 0)
        {
            throw Dhis2ApiException.Conflict("Start date must be before end date", "E2004");
        }

        if (orgUnits.Count == 0)
        {
            throw Dhis2ApiException.Conflict(
                children ? "At least one organisation unit must be specified when children are included" : "At least one organisation unit or organisation unit group must be specified",
                children ? "E2008" : "E2006");
        }
    }

    private static Func<string, bool> PeriodFilter(IReadOnlyList<string> periods, string? start, string? end)
    {
        if (periods.Count > 0)
        {
            var wanted = periods.Select(p => Period.Parse(p)?.Iso ?? p).ToHashSet(StringComparer.Ordinal);
            return wanted.Contains;
        }

        if (start is not null && end is not null)
        {
            var from = DateOnly.Parse(start, CultureInfo.InvariantCulture);
            var to = DateOnly.Parse(end, CultureInfo.InvariantCulture);
            return p => Period.Parse(p) is { } period && period.Within(from, to);
        }

        return _ => true;
    }

    private ExportedDataValue Render(StoredDataValue v, bool includeDeleted) => new(
        Output(_store.Get("dataElements", v.Key.DataElement), "dataElementIdScheme") ?? v.Key.DataElement,
        v.Key.Period,
        Output(_store.Get("organisationUnits", v.Key.OrgUnit), "orgUnitIdScheme") ?? v.Key.OrgUnit,
        Output(_store.Get("categoryOptionCombos", v.Key.CategoryOptionCombo), "categoryOptionComboIdScheme") ?? v.Key.CategoryOptionCombo,
        Output(_store.Get("categoryOptionCombos", v.Key.AttributeOptionCombo), "attributeOptionComboIdScheme") ?? v.Key.AttributeOptionCombo,
        v.Value,
        v.StoredBy,
        Dhis2Json.DataValueTimestamp(v.Created),
        Dhis2Json.DataValueTimestamp(v.LastUpdated),
        v.Comment,
        v.FollowUp,
        includeDeleted ? v.Deleted : null);

    private string? Output(JsonObject? item, string specificScheme)
    {
        if (item is null)
        {
            return null;
        }

        var scheme = (request.Query(specificScheme) ?? request.Query("idScheme") ?? "UID").ToUpperInvariant();
        return scheme switch
        {
            "CODE" => Dhis2Json.Str(item["code"]) ?? Dhis2Json.Str(item["id"]),
            "NAME" => Dhis2Json.Str(item["name"]) ?? Dhis2Json.Str(item["id"]),
            _ => Dhis2Json.Str(item["id"]),
        };
    }
}
