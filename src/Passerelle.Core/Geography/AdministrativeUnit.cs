namespace Passerelle.Core.Geography;

/// <summary>A region or a health district, named as the ministry names it.</summary>
/// <param name="Code">Stable code (e.g. ISO 3166-2 <c>SN-DK</c> for a region).</param>
/// <param name="Name">Official name, upper or mixed case as published.</param>
/// <param name="ParentCode">Code of the parent unit, or null for a region.</param>
public sealed record AdministrativeUnit(string Code, string Name, AdministrativeLevel Level, string? ParentCode);

public enum AdministrativeLevel
{
    Country = 1,
    Region = 2,
    HealthDistrict = 3,
}
