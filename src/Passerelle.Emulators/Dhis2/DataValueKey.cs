namespace Passerelle.Emulators.Dhis2;

/// <summary>What identifies one aggregate data value in DHIS2: data element, period, org unit, disaggregation, attribute.</summary>
public readonly record struct DataValueKey(
    string DataElement,
    string Period,
    string OrgUnit,
    string CategoryOptionCombo,
    string AttributeOptionCombo);
