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

        return new DataValueSet(body, values);
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
