using System.Text.Json.Nodes;
using Passerelle.Emulators.Dhis2.Api;

namespace Passerelle.Emulators.Dhis2.DataValues;

/// <summary>
/// The data value import of <c>POST /api/dataValueSets</c> (web-api.md §6.1–§6.2): outer checks (E7600/E7603/E7604),
/// per-value checks (E7610–E7619, E7636 when the org unit is not assigned to the given data set), then
/// create/update/delete/ignore with the counting of the emulated version. Callers hold the store lock.
/// </summary>
internal sealed class DataValueSetImporter(Dhis2EmulatorState state, string storedBy, DateTimeOffset now)
{
    public const string DefaultCombo = "HllvX50cXC0";

    private readonly Dhis2Store _store = state.Store;
    private readonly bool _pipeline = state.Version.UsesDataEntryPipeline;
    private int _imported;
    private int _updated;
    private int _ignored;
    private int _deleted;

    public ImportSummary Import(JsonObject payload, IdSchemes schemes, string strategy, bool dryRun, int? acceptFirst)
    {
        var conflicts = new ImportConflicts(_pipeline);
        var header = Outer(payload, schemes, conflicts);
        if (header is null)
        {
            return new ImportSummary("ERROR", "Import process was aborted", 0, 0, 0, 0, conflicts, "false");
        }

        var completed = Complete(payload, header.Value, dryRun);
        var values = payload["dataValues"] as JsonArray ?? [];
        var accepted = 0;
        for (var index = 0; index < values.Count; index++)
        {
            if (values[index] is not JsonObject value)
            {
                continue;
            }

            var resolved = Resolve(index, value, header.Value, schemes, conflicts);
            if (resolved is null)
            {
                _ignored++;
                continue;
            }

            if (acceptFirst is { } limit && accepted >= limit)
            {
                // Injected partial import: the server refuses the rest with the code a closed period gets, and says it is a fault.
                conflicts.Add(index, "E7643",
                    $"Period: `{resolved.Value.Key.Period}` is not open for this data set at this time "
                    + $"(injected fault: partial import, only the first {limit} values accepted)",
                    "period", ("period", resolved.Value.Key.Period));
                _ignored++;
                continue;
            }

            accepted++;
            Apply(resolved.Value, value, strategy, dryRun);
        }

        var status = conflicts.Count == 0 ? "SUCCESS" : (_pipeline && _imported + _updated + _deleted == 0 ? "ERROR" : "WARNING");
        return _pipeline
            ? new ImportSummary(status, "Import process completed successfully", 0, _imported + _updated, _ignored, _deleted, conflicts, completed)
            : new ImportSummary(status, "Import process completed successfully", _imported, _updated, _ignored, _deleted, conflicts, completed);
    }

    private (string? DataSet, JsonObject? DataSetObject, string? Period, string? OrgUnit, string? Aoc)? Outer(JsonObject payload, IdSchemes schemes, ImportConflicts conflicts)
    {
        var dataSetId = Dhis2Json.Str(payload["dataSet"]);
        var dataSet = IdSchemes.Resolve(_store, "dataSets", schemes.DataSet, dataSetId);
        if (dataSetId is not null && dataSet is null)
        {
            conflicts.Add(-1, "E7600", $"Data set not found or not accessible: `{dataSetId}`", "dataSet", ("dataSet", dataSetId));
            return null;
        }

        var orgUnitId = Dhis2Json.Str(payload["orgUnit"]);
        var orgUnit = IdSchemes.Resolve(_store, "organisationUnits", schemes.OrgUnit, orgUnitId);
        if (orgUnitId is not null && orgUnit is null)
        {
            conflicts.Add(-1, "E7603", $"Org unit not found or not accessible: `{orgUnitId}`", "orgUnit", ("orgUnit", orgUnitId));
            return null;
        }

        var aocId = Dhis2Json.Str(payload["attributeOptionCombo"]);
        var aoc = IdSchemes.Resolve(_store, "categoryOptionCombos", schemes.AttributeOptionCombo, aocId);
        if (aocId is not null && aoc is null)
        {
            conflicts.Add(-1, "E7604", $"Attribute option combo not found or not accessible: `{aocId}`", "attributeOptionCombo", ("attributeOptionCombo", aocId));
            return null;
        }

        return (Dhis2Json.Str(dataSet?["id"]), dataSet, Dhis2Json.Str(payload["period"]), Dhis2Json.Str(orgUnit?["id"]), Dhis2Json.Str(aoc?["id"]));
    }

    private string Complete(JsonObject payload, (string? DataSet, JsonObject? DataSetObject, string? Period, string? OrgUnit, string? Aoc) header, bool dryRun)
    {
        var text = Dhis2Json.Str(payload["completeDate"]);
        if (header.DataSet is null || string.IsNullOrEmpty(text) || text == "false" || header.Period is null || header.OrgUnit is null)
        {
            return "false";
        }

        var today = DateOnly.FromDateTime(now.UtcDateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var date = text == "true" || string.CompareOrdinal(text, today) > 0 ? today : text;
        if (!dryRun)
        {
            _store.Complete(header.DataSet, Period.Parse(header.Period)?.Iso ?? header.Period, header.OrgUnit, header.Aoc ?? DefaultCombo, date);
        }

        return date;
    }

    private (DataValueKey Key, JsonObject DataElement)? Resolve(
        int index,
        JsonObject value,
        (string? DataSet, JsonObject? DataSetObject, string? Period, string? OrgUnit, string? Aoc) header,
        IdSchemes schemes,
        ImportConflicts conflicts)
    {
        var deId = Dhis2Json.Str(value["dataElement"]);
        var de = IdSchemes.Resolve(_store, "dataElements", schemes.DataElement, deId);
        if (de is null)
        {
            conflicts.Add(index, "E7610", $"Data element not found or not accessible: `{deId}`", "dataElement", ("dataElement", deId ?? ""));
            return null;
        }

        var periodText = Dhis2Json.Str(value["period"]) ?? header.Period;
        var period = Period.Parse(periodText);
        if (period is null)
        {
            conflicts.Add(index, "E7611", $"Period not valid: `{periodText}`", "period", ("period", periodText ?? ""));
            return null;
        }

        var ouId = Dhis2Json.Str(value["orgUnit"]);
        var ou = ouId is null ? _store.Get("organisationUnits", header.OrgUnit) : IdSchemes.Resolve(_store, "organisationUnits", schemes.OrgUnit, ouId);
        if (ou is null)
        {
            conflicts.Add(index, "E7612", $"Organisation unit not found or not accessible: `{ouId}`", "orgUnit", ("orgUnit", ouId ?? ""));
            return null;
        }

        var cocId = Dhis2Json.Str(value["categoryOptionCombo"]);
        var coc = cocId is null ? _store.Get("categoryOptionCombos", DefaultCombo) : IdSchemes.Resolve(_store, "categoryOptionCombos", schemes.CategoryOptionCombo, cocId);
        if (coc is null)
        {
            conflicts.Add(index, "E7613", $"Category option combo not found or not accessible for writing data: `{cocId}`", "categoryOptionCombo", ("categoryOptionCombo", cocId ?? ""));
            return null;
        }

        var aocId = Dhis2Json.Str(value["attributeOptionCombo"]);
        var aoc = aocId is null ? _store.Get("categoryOptionCombos", header.Aoc ?? DefaultCombo) : IdSchemes.Resolve(_store, "categoryOptionCombos", schemes.AttributeOptionCombo, aocId);
        if (aoc is null)
        {
            conflicts.Add(index, "E7615", $"Attribute option combo not found or not accessible for writing data: `{aocId}`", "attributeOptionCombo", ("attributeOptionCombo", aocId ?? ""));
            return null;
        }

        var deUid = (string)de["id"]!;
        var ouUid = (string)ou["id"]!;
        if (header.DataSetObject?["organisationUnits"] is JsonArray assigned && !assigned.Any(a => Dhis2Json.Id(a) == ouUid))
        {
            conflicts.Add(index, "E7636", $"Data element: `{deUid}` must be assigned through data sets to organisation unit: `{ouUid}`", "orgUnit", ("orgUnit", ouUid), ("dataElement", deUid));
            return null;
        }

        var text = Dhis2Json.Str(value["value"]);
        var valueType = Dhis2Json.Str(de["valueType"]) ?? "TEXT";
        if (!string.IsNullOrEmpty(text) && ValueTypeCheck.Validate(valueType, text) is { } failure)
        {
            conflicts.Add(index, "E7619", $"Value must match data element's `{deUid}` type constraints: {failure.Message}", "value", ("dataElement", deUid), ("value", failure.Key));
            return null;
        }

        return (new DataValueKey(deUid, period.Iso, ouUid, (string)coc["id"]!, (string)aoc["id"]!), de);
    }

    private void Apply((DataValueKey Key, JsonObject DataElement) resolved, JsonObject value, string strategy, bool dryRun)
    {
        var (key, de) = resolved;
        var text = Dhis2Json.Str(value["value"]);
        var comment = Dhis2Json.Str(value["comment"]);
        var followUp = Dhis2Json.Bool(value["followup"]) || Dhis2Json.Bool(value["followUp"]);
        var zeroInsignificant = text is not null && ValueTypeCheck.IsNumeric(Dhis2Json.Str(de["valueType"]) ?? "")
            && !Dhis2Json.Bool(de["zeroIsSignificant"]) && double.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var n) && n == 0;
        var deleteRequested = Dhis2Json.Bool(value["deleted"]) || string.IsNullOrEmpty(text) || zeroInsignificant;
        var existing = _store.GetValue(key) ?? _store.Archive?.Find(key);
        if (existing is null || existing.Deleted)
        {
            if (strategy is "UPDATE" or "DELETE" || (string.IsNullOrEmpty(text) && comment is null) || Dhis2Json.Bool(value["deleted"]))
            {
                _ignored++;
                return;
            }

            if (zeroInsignificant)
            {
                return;
            }

            _imported++;
            Save(new StoredDataValue(key, text, Dhis2Json.Str(value["storedBy"]) ?? storedBy, existing?.Created ?? now, now, comment, followUp, false), dryRun);
            return;
        }

        if (strategy == "CREATE")
        {
            _ignored++;
        }
        else if (strategy == "DELETE" || deleteRequested)
        {
            _deleted++;
            Save(existing with { Deleted = true, LastUpdated = now }, dryRun);
        }
        else if (existing.Value == text && existing.Comment == comment && existing.FollowUp == followUp && !_pipeline)
        {
            _ignored++;
        }
        else
        {
            _updated++;
            Save(existing with { Value = text, Comment = comment, FollowUp = followUp, LastUpdated = now, StoredBy = Dhis2Json.Str(value["storedBy"]) ?? storedBy }, dryRun);
        }
    }

    private void Save(StoredDataValue value, bool dryRun)
    {
        if (!dryRun)
        {
            _store.PutValue(value);
        }
    }
}
