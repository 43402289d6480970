using Passerelle.Core.Geography;
using Passerelle.DemoWorld.Randomness;

namespace Passerelle.DemoWorld.Generation;

/// <summary>How a system's coordinates differ from the truth: missing, shifted a few kilometres, rounded.</summary>
internal sealed record CoordinateNoise(double Missing, double Shifted, int Decimals)
{
    public GeoPoint? Apply(GeoPoint truth, SeededRandom random)
    {
        if (random.Chance(Missing))
        {
            return null;
        }

        if (random.Chance(Shifted))
        {
            // 2 to 20 km off: a point taken at the district office, or a digit mistyped.
            var distance = random.NextDouble(0.02, 0.18);
            var angle = random.NextDouble(0, 2 * Math.PI);
            return Round(new GeoPoint(truth.Latitude + (distance * Math.Sin(angle)), truth.Longitude + (distance * Math.Cos(angle))));
        }

        return Round(truth);
    }

    private GeoPoint Round(GeoPoint point) =>
        new(Math.Round(point.Latitude, Decimals), Math.Round(point.Longitude, Decimals));
}
