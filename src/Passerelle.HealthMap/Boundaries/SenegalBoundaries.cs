using System.Text.Json;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.IO.Converters;
using NetTopologySuite.Operation.Union;
using Passerelle.Core.Geography;
using Passerelle.HealthMap.Data;

namespace Passerelle.HealthMap.Boundaries;

/// <summary>
/// Senegal's 46 department polygons (OCHA COD-AB v02, simplified) and the 14 regions dissolved from
/// them, for the map and for checking that a facility lies in Senegal. The polygons are shipped in the
/// assembly; show <see cref="Attribution"/> wherever they are drawn (CC BY-IGO).
/// </summary>
public sealed class SenegalBoundaries
{
    /// <summary>The attribution CC BY-IGO requires.</summary>
    public const string Attribution = "Limites administratives : Government of Senegal / OCHA ROWCA (COD-AB v02, CC BY-IGO), simplifiées / simplified";

    /// <summary>How far outside the simplified polygons a point still counts as inside (degrees, about 2 km).</summary>
    public const double BorderToleranceDegrees = 0.02;

    private static readonly Lazy<SenegalBoundaries> Shipped = new(LoadShipped);
    private readonly Lazy<IPreparedGeometry> _territory;

    private SenegalBoundaries(IReadOnlyList<BoundaryArea> departments, IReadOnlyList<BoundaryArea> regions)
    {
        Departments = departments;
        Regions = regions;
        _territory = new Lazy<IPreparedGeometry>(() =>
            PreparedGeometryFactory.Prepare(UnaryUnionOp.Union(regions.Select(r => r.Geometry).ToList()).Buffer(BorderToleranceDegrees)));
    }

    /// <summary>The boundaries shipped with Passerelle (loaded once).</summary>
    public static SenegalBoundaries Default => Shipped.Value;

    public IReadOnlyList<BoundaryArea> Departments { get; }

    /// <summary>The 14 regions, each the union of its departments.</summary>
    public IReadOnlyList<BoundaryArea> Regions { get; }

    public IReadOnlyList<BoundaryArea> At(BoundaryLevel level) => level == BoundaryLevel.Region ? Regions : Departments;

    /// <summary>Whether a point lies in Senegal, allowing <see cref="BorderToleranceDegrees"/> for simplified coasts and borders.</summary>
    public bool Contains(GeoPoint point) =>
        point.IsValid && _territory.Value.Contains(new Point(point.Longitude, point.Latitude));

    /// <summary>The department holding a point, or null.</summary>
    public BoundaryArea? DepartmentAt(GeoPoint point)
    {
        var location = new Point(point.Longitude, point.Latitude);
        return Departments.FirstOrDefault(d => d.Geometry.Covers(location));
    }

    /// <summary>Writes one level as a GeoJSON FeatureCollection (properties pcode, ansd_code, nom, parent, attribution).</summary>
    public async Task WriteGeoJsonAsync(Stream output, BoundaryLevel level, CancellationToken cancellationToken)
    {
        var collection = new FeatureCollection();
        foreach (var area in At(level))
        {
            collection.Add(new Feature(area.Geometry, new AttributesTable
            {
                { "pcode", area.Pcode },
                { "ansd_code", area.AnsdCode },
                { "nom", area.Name },
                { "parent", area.ParentPcode },
            }));
        }

        await JsonSerializer.SerializeAsync(output, collection, GeoJsonOptions(), cancellationToken);
    }

    /// <summary>One level as GeoJSON text.</summary>
    public string ToGeoJson(BoundaryLevel level)
    {
        using var buffer = new MemoryStream();
        WriteGeoJsonAsync(buffer, level, CancellationToken.None).GetAwaiter().GetResult();
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    internal static JsonSerializerOptions GeoJsonOptions()
    {
        var options = new JsonSerializerOptions();
        options.Converters.Add(new GeoJsonConverterFactory());
        return options;
    }

    private static SenegalBoundaries LoadShipped()
    {
        using var stream = EmbeddedData.Open(EmbeddedData.DepartmentPolygons);
        var features = JsonSerializer.Deserialize<FeatureCollection>(stream, GeoJsonOptions())
            ?? throw new InvalidOperationException("Polygones des départements illisibles / department polygons unreadable");
        var units = EmbeddedData.ReadCsv(EmbeddedData.AdministrativeUnits).ToDictionary(u => u["ocha_pcode"]);

        var departments = features
            .Select(f => ToDepartment(f, units))
            .OrderBy(d => d.Pcode, StringComparer.Ordinal)
            .ToList();
        var regions = departments
            .GroupBy(d => d.ParentPcode, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new BoundaryArea(
                g.Key,
                units[g.Key]["ansd_code"],
                units[g.Key]["name"],
                "SN",
                UnaryUnionOp.Union(g.Select(d => d.Geometry).ToList())))
            .ToList();
        return new SenegalBoundaries(departments, regions);
    }

    private static BoundaryArea ToDepartment(IFeature feature, Dictionary<string, IReadOnlyDictionary<string, string>> units)
    {
        var pcode = AttributeText(feature, "pcode");
        var unit = units.GetValueOrDefault(pcode);
        return new BoundaryArea(
            pcode,
            unit?["ansd_code"],
            AttributeText(feature, "nom"),
            pcode[..4],
            feature.Geometry);
    }

    private static string AttributeText(IFeature feature, string name) =>
        feature.Attributes.GetOptionalValue(name) switch
        {
            JsonElement { ValueKind: JsonValueKind.String } element => element.GetString() ?? string.Empty,
            null => string.Empty,
            var value => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
        };
}
