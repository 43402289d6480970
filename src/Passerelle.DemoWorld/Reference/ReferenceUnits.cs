using Passerelle.Core.Geography;

namespace Passerelle.DemoWorld.Reference;

/// <summary>A region: ISO code (= ANSD code), OCHA P-code, French name, label point, ANSD 2025 projection.</summary>
internal sealed record ReferenceRegion(string Code, string Pcode, string Name, GeoPoint LabelPoint, long Population2025);

/// <summary>A department with its polygon and ANSD 2025 projection.</summary>
internal sealed record ReferenceDepartment(
    string Pcode,
    string AnsdCode,
    string Name,
    string RegionCode,
    GeoPoint LabelPoint,
    long Population2025,
    DepartmentArea Area);

/// <summary>
/// A health district of the 2025 list. <paramref name="Population2025"/> is the exact department figure
/// where the department has one district, else the reference pack's synthetic equal split.
/// </summary>
internal sealed record ReferenceDistrict(
    int Sequence,
    string Code,
    string Name,
    string SourceName,
    string RegionCode,
    string DepartmentPcode,
    long Population2025,
    bool PopulationIsExact);
