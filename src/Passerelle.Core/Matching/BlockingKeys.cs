using Passerelle.Core.Geography;

namespace Passerelle.Core.Matching;

/// <summary>
/// The blocking keys of a record: exact normalised names (global), shared codes, name tokens and
/// sound keys within the district (or region when the district is missing), the whole district,
/// rare name tokens across the country, and a geographic cell with its neighbours. Two records are
/// compared only if they share a key.
/// </summary>
internal static class BlockingKeys
{
    private const double MetresPerDegree = 111_320;

    /// <summary>Keys a record is filed under (its own cell only).</summary>
    public static List<string> IndexKeys(PreparedFacility facility, double cellMetres)
    {
        var keys = NameAndPlaceKeys(facility);
        if (facility.Location is { } point)
        {
            var (row, column) = Cell(point, cellMetres);
            keys.Add(CellKey(row, column));
        }

        return keys;
    }

    /// <summary>Keys a record looks up (its cell and the 8 around it).</summary>
    public static List<string> QueryKeys(PreparedFacility facility, double cellMetres)
    {
        var keys = NameAndPlaceKeys(facility);
        if (facility.Location is { } point)
        {
            var degreesLat = cellMetres / MetresPerDegree;
            var row = (int)Math.Floor(point.Latitude / degreesLat);
            for (var r = row - 1; r <= row + 1; r++)
            {
                var column = (int)Math.Floor(point.Longitude / DegreesLongitude(r, degreesLat, cellMetres));
                for (var c = column - 1; c <= column + 1; c++)
                {
                    keys.Add(CellKey(r, c));
                }
            }
        }

        return keys;
    }

    /// <summary>The key a record's own cell has (used to count the left side of a geographic block).</summary>
    public static string? OwnCellKey(PreparedFacility facility, double cellMetres) =>
        facility.Location is { } point ? CellKey(Cell(point, cellMetres).Row, Cell(point, cellMetres).Column) : null;

    private static List<string> NameAndPlaceKeys(PreparedFacility facility)
    {
        var keys = new List<string>(12);
        var name = facility.Name;
        if (name.SortedKey.Length > 0)
        {
            keys.Add("n|" + name.SortedKey);
        }

        foreach (var (kind, value) in facility.Source.Codes)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                keys.Add("c|" + kind + "|" + value.Trim().ToUpperInvariant());
            }
        }

        var place = facility.DistrictKey is not null ? "d:" + facility.DistrictKey : facility.RegionKey is not null ? "r:" + facility.RegionKey : null;
        if (place is not null)
        {
            keys.Add("p|" + place);
            if (!ReferenceEquals(facility.LocalTokens, name.Tokens))
            {
                keys.Add("pl|" + place + "|" + facility.LocalSortedKey);
            }
        }

        foreach (var token in facility.LocalTokens.Concat(name.Tokens).Distinct(StringComparer.Ordinal))
        {
            if (StringSimilarity.IsNumber(token))
            {
                continue;
            }

            if (place is not null)
            {
                keys.Add("pt|" + place + "|" + Prefix(token));
                keys.Add("ps|" + place + "|" + PhoneticKey.Of(token));
            }

            if (token.Length >= 4)
            {
                keys.Add("t|" + token);
                keys.Add("s|" + PhoneticKey.Of(token) + "|" + Prefix(token, 2));
            }
        }

        if (name.Compact.Length >= 6)
        {
            keys.Add("cp|" + name.Compact[..6]);
        }

        return keys;
    }

    private static string Prefix(string token, int length = 4) => token.Length <= length ? token : token[..length];

    private static (int Row, int Column) Cell(GeoPoint point, double cellMetres)
    {
        var degreesLat = cellMetres / MetresPerDegree;
        var row = (int)Math.Floor(point.Latitude / degreesLat);
        var column = (int)Math.Floor(point.Longitude / DegreesLongitude(row, degreesLat, cellMetres));
        return (row, column);
    }

    /// <summary>Longitude width of the cells in a row, so that cells stay about square away from the equator.</summary>
    private static double DegreesLongitude(int row, double degreesLat, double cellMetres)
    {
        var latitude = Math.Clamp(Math.Abs((row + 0.5) * degreesLat), 0, 85);
        return cellMetres / (MetresPerDegree * Math.Cos(latitude * Math.PI / 180));
    }

    private static string CellKey(int row, int column) => "g|" + row + "|" + column;
}
