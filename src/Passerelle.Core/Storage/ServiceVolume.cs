namespace Passerelle.Core.Storage;

/// <summary>A service statistic: a DHIS2 data element's value for a facility and period.</summary>
/// <param name="FacilityId">The golden facility id.</param>
public sealed record ServiceVolume(string DataElementCode, string Period, string FacilityId, double Value);
