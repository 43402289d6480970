using NetTopologySuite.Geometries;

namespace Passerelle.HealthMap.Boundaries;

/// <summary>A region or department polygon for the map.</summary>
/// <param name="Pcode">OCHA P-code (<c>SN01</c> for a region, <c>SN0101</c> for a department).</param>
/// <param name="AnsdCode">ANSD code (= ISO 3166-2 for a region, e.g. <c>SN-DK</c>).</param>
/// <param name="Name">OCHA French name.</param>
/// <param name="ParentPcode">P-code of the region for a department; <c>SN</c> for a region.</param>
public sealed record BoundaryArea(string Pcode, string? AnsdCode, string Name, string ParentPcode, Geometry Geometry);
