namespace Passerelle.Dhis2.Model;

/// <summary>
/// One aggregate data value as <c>/api/dataValueSets</c> reads and writes it (web-api.md §6.1, §6.4).
/// The value is a string on the wire. Missing option combos mean the default one.
/// </summary>
public sealed record Dhis2DataValue(
    string DataElement,
    string Period,
    string OrgUnit,
    string? CategoryOptionCombo = null,
    string? AttributeOptionCombo = null,
    string? Value = null,
    string? StoredBy = null,
    DateTimeOffset? Created = null,
    DateTimeOffset? LastUpdated = null,
    string? Comment = null,
    bool? Followup = null,
    bool? Deleted = null);
