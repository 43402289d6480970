using System.Text.Json;
using Passerelle.Core.Geography;

namespace Passerelle.Dhis2.Model;

/// <summary>A GeoJSON geometry as DHIS2 stores it (lon/lat order): Point, Polygon or MultiPolygon.</summary>
public sealed record Dhis2Geometry(string Type, JsonElement Coordinates)
{
    /// <summary>The point, when the geometry is a Point; null for areas.</summary>
    public GeoPoint? AsPoint()
    {
        if (Type != "Point" || Coordinates.ValueKind != JsonValueKind.Array || Coordinates.GetArrayLength() < 2)
        {
            return null;
        }

        return new GeoPoint(Latitude: Coordinates[1].GetDouble(), Longitude: Coordinates[0].GetDouble());
    }
}
