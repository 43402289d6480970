namespace Passerelle.Dhis2.Model;

/// <summary>A data element (web-api.md §5.4).</summary>
public sealed record Dhis2DataElement(
    string Id,
    string? Code = null,
    string? Name = null,
    string? ShortName = null,
    string? ValueType = null,
    string? AggregationType = null,
    string? DomainType = null,
    Dhis2Reference? CategoryCombo = null,
    bool? ZeroIsSignificant = null);
