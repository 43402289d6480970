using System.Globalization;
using System.Text.Json;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using Passerelle.HealthMap.Boundaries;

namespace Passerelle.HealthMap.Reading;

/// <summary>
/// Reads a GeoJSON FeatureCollection of facility points into rows: one row per feature, one column
/// per property (in order of first appearance), and <c>Latitude</c>/<c>Longitude</c> columns from the
/// point geometry first, so that the geometry wins over properties of the same name.
/// </summary>
internal static class GeoJsonTableReader
{
    public const string LatitudeColumn = "Latitude";
    public const string LongitudeColumn = "Longitude";

    public static RawTable Read(byte[] bytes)
    {
        FeatureCollection collection;
        try
        {
            collection = Parse(bytes);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or ArgumentException or InvalidOperationException)
        {
            throw new UnreadableFileException(
                "GeoJSON illisible : une FeatureCollection de points est attendue",
                "unreadable GeoJSON: a FeatureCollection of points is expected", e);
        }

        var notes = new List<ReadingNote>();
        var propertyNames = collection
            .SelectMany(f => f.Attributes?.GetNames() ?? [])
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var header = new List<string> { LatitudeColumn, LongitudeColumn };
        header.AddRange(propertyNames);

        var rows = new List<RawRow> { new(0, header) };
        for (var i = 0; i < collection.Count; i++)
        {
            var feature = collection[i];
            var (latitude, longitude) = PointOf(feature.Geometry, i + 1, notes);
            var cells = new List<string> { latitude, longitude };
            cells.AddRange(propertyNames.Select(name => PropertyText(feature.Attributes, name)));
            rows.Add(new RawRow(i + 1, cells));
        }

        return new RawTable(RegistryFileFormat.GeoJson, rows, notes, HeaderIsFirstRow: true);
    }

    private static FeatureCollection Parse(byte[] bytes)
    {
        using var document = JsonDocument.Parse(bytes);
        var kind = document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("type", out var type)
            ? type.GetString()
            : null;
        var options = SenegalBoundaries.GeoJsonOptions();
        return kind switch
        {
            "FeatureCollection" => JsonSerializer.Deserialize<FeatureCollection>(bytes, options)
                ?? throw new JsonException("empty FeatureCollection"),
            "Feature" => [JsonSerializer.Deserialize<IFeature>(bytes, options) ?? throw new JsonException("empty Feature")],
            _ => throw new JsonException("not a GeoJSON FeatureCollection"),
        };
    }

    private static (string Latitude, string Longitude) PointOf(Geometry? geometry, int featureNumber, List<ReadingNote> notes)
    {
        switch (geometry)
        {
            case null or { IsEmpty: true }:
                return (string.Empty, string.Empty);
            case Point point:
                return (Number(point.Y), Number(point.X));
            default:
                var centre = geometry.Centroid;
                notes.Add(new ReadingNote(featureNumber,
                    $"Géométrie {geometry.GeometryType} et non point : centroïde utilisé",
                    $"{geometry.GeometryType} geometry, not a point: centroid used",
                    IsWarning: true));
                return (Number(centre.Y), Number(centre.X));
        }
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string PropertyText(IAttributesTable? attributes, string name) =>
        attributes?.GetOptionalValue(name) switch
        {
            null => string.Empty,
            JsonElement { ValueKind: JsonValueKind.String } element => element.GetString() ?? string.Empty,
            JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => string.Empty,
            JsonElement element => element.GetRawText(),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            var value => value.ToString() ?? string.Empty,
        };
}
