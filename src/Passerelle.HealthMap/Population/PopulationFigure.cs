namespace Passerelle.HealthMap.Population;

/// <summary>The population of one area in one year, with how it was obtained.</summary>
/// <param name="Code">ISO 3166-2 / ANSD code (<c>SN</c>, <c>SN-DK</c>, <c>SN-DK-DD</c>); the published name for a health district (no official district code exists).</param>
/// <param name="ParentCode">Region code of a department, department code of a district.</param>
/// <param name="Note">The method note of the source, in words.</param>
public sealed record PopulationFigure(
    PopulationLevel Level,
    string Code,
    string Name,
    string? ParentCode,
    int Year,
    long Population,
    PopulationMethod Method,
    string Note);
