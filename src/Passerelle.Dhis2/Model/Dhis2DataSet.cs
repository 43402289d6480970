namespace Passerelle.Dhis2.Model;

/// <summary>A data set: its period type, data elements and assigned organisation units.</summary>
public sealed record Dhis2DataSet(
    string Id,
    string? Code = null,
    string? Name = null,
    string? ShortName = null,
    string? PeriodType = null,
    Dhis2Reference? CategoryCombo = null,
    IReadOnlyList<Dhis2DataSetElement>? DataSetElements = null,
    IReadOnlyList<Dhis2Reference>? OrganisationUnits = null);

/// <summary>A data element in a data set, with an optional override of its category combo.</summary>
public sealed record Dhis2DataSetElement(Dhis2Reference DataElement, Dhis2Reference? CategoryCombo = null);
