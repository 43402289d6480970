namespace Passerelle.DemoWorld.Continental;

/// <summary>One monthly service value of the continent, default category option combos.</summary>
/// <param name="Element">Position of the data element in <see cref="ContinentalWorld.DataElementUids"/>.</param>
/// <param name="Month">Position of the month in <see cref="ContinentalWorld.Periods"/>, oldest first.</param>
/// <param name="OrgUnitUid">The facility's DHIS2 uid.</param>
/// <param name="Value">A count (consultations, deliveries…), zero or more.</param>
public readonly record struct ContinentalServiceValue(int Element, int Month, string OrgUnitUid, long Value);
