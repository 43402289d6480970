using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using Passerelle.Core.Geography;
using Passerelle.DemoWorld.Randomness;

namespace Passerelle.DemoWorld.Reference;

/// <summary>A department's polygon (OCHA COD-AB ADM2), to place facilities inside it.</summary>
internal sealed class DepartmentArea
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    private readonly IPreparedGeometry _shape;
    private readonly Envelope _bounds;

    public DepartmentArea(Geometry shape)
    {
        _shape = PreparedGeometryFactory.Prepare(shape);
        _bounds = shape.EnvelopeInternal;
    }

    public bool Contains(GeoPoint point) =>
        _bounds.Contains(point.Longitude, point.Latitude)
        && _shape.Contains(Factory.CreatePoint(new Coordinate(point.Longitude, point.Latitude)));

    /// <summary>A uniform point inside the polygon (rejection sampling in its bounding box).</summary>
    public GeoPoint RandomPoint(SeededRandom random, Func<GeoPoint, bool>? accept = null, int attempts = 400)
    {
        for (var i = 0; i < attempts; i++)
        {
            var candidate = new GeoPoint(
                random.NextDouble(_bounds.MinY, _bounds.MaxY),
                random.NextDouble(_bounds.MinX, _bounds.MaxX));
            if (Contains(candidate) && (accept is null || accept(candidate)))
            {
                return candidate;
            }
        }

        var centre = _shape.Geometry.InteriorPoint;
        return new GeoPoint(centre.Y, centre.X);
    }
}
