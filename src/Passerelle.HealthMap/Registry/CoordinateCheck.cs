using Passerelle.Core.Geography;
using Passerelle.HealthMap.Boundaries;

namespace Passerelle.HealthMap.Registry;

/// <summary>The verdict on a row's coordinates.</summary>
/// <param name="Location">The point kept, or null when the coordinates are missing or wrong.</param>
/// <param name="Proposed">A corrected point to propose (swapped latitude/longitude, lost minus sign).</param>
/// <param name="Problem">What is wrong, or null when the point is good or absent.</param>
internal sealed record CoordinateVerdict(GeoPoint? Location, GeoPoint? Proposed, CoordinateProblem? Problem);

internal enum CoordinateProblem
{
    Missing,
    Partial,
    NotANumber,
    Zero,
    OutOfRange,
    Swapped,
    SignLost,
    OutsideSenegal,
}

/// <summary>
/// Checks a facility's coordinates: present, numbers, not 0/0, within ±90/±180, and inside Senegal.
/// A point outside Senegal whose swapped latitude/longitude (or restored minus sign on the longitude)
/// falls inside is reported with that fix proposed, never silently corrected.
/// </summary>
internal static class CoordinateCheck
{
    public static CoordinateVerdict Check(string latitudeText, string longitudeText, SenegalBoundaries territory)
    {
        var hasLatitude = latitudeText.Trim().Length > 0;
        var hasLongitude = longitudeText.Trim().Length > 0;
        if (!hasLatitude && !hasLongitude)
        {
            return new(null, null, CoordinateProblem.Missing);
        }

        if (!hasLatitude || !hasLongitude)
        {
            return new(null, null, CoordinateProblem.Partial);
        }

        if (!CoordinateParser.TryParse(latitudeText, out var latitude) || !CoordinateParser.TryParse(longitudeText, out var longitude))
        {
            return new(null, null, CoordinateProblem.NotANumber);
        }

        var point = new GeoPoint(latitude, longitude);
        if (latitude == 0 && longitude == 0)
        {
            return new(null, null, CoordinateProblem.Zero);
        }

        if (territory.Contains(point))
        {
            return new(point, null, null);
        }

        var swapped = new GeoPoint(longitude, latitude);
        if (swapped.IsValid && territory.Contains(swapped))
        {
            return new(null, swapped, CoordinateProblem.Swapped);
        }

        var signRestored = new GeoPoint(latitude, -longitude);
        if (longitude > 0 && territory.Contains(signRestored))
        {
            return new(null, signRestored, CoordinateProblem.SignLost);
        }

        return point.IsValid
            ? new(null, null, CoordinateProblem.OutsideSenegal)
            : new(null, null, CoordinateProblem.OutOfRange);
    }
}
