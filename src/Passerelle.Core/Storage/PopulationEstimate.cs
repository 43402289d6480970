namespace Passerelle.Core.Storage;

/// <summary>Population of an administrative unit (or a facility catchment) for a year.</summary>
/// <param name="UnitCode">Region or district code, or a golden facility id for a catchment.</param>
/// <param name="WomenAged15To49">Women of reproductive age, when known.</param>
public sealed record PopulationEstimate(string UnitCode, int Year, long Total, long? WomenAged15To49);
