namespace Passerelle.HealthMap.Population;

/// <summary>One of the 79 health districts (2025 list) and where it sits.</summary>
/// <param name="Name">The district name as published in the 2025 list (upper case, no accents).</param>
/// <param name="DemoKey">Order in the APHRC 2025 list: a demo key only, never an official code.</param>
/// <param name="DistrictsInDepartment">How many districts share the department.</param>
public sealed record HealthDistrict(
    string Name,
    int DemoKey,
    string RegionCode,
    string RegionPcode,
    string DepartmentCode,
    string DepartmentPcode,
    int DistrictsInDepartment);
