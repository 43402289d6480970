namespace Passerelle.Core.Publishing;

/// <summary>Identifies one aggregate cell in DHIS2: data element × period × org unit × option combos (all UIDs).</summary>
public readonly record struct AggregateKey(string DataElement, string Period, string OrgUnit, string CategoryOptionCombo, string AttributeOptionCombo);

/// <summary>A value Passerelle computed or DHIS2 holds, formatted as DHIS2 stores it (a string).</summary>
public readonly record struct AggregateValue(AggregateKey Key, string Value);
