using System.Globalization;

namespace Passerelle.Emulators.Dhis2.Analytics;

/// <summary>Analytics values as DHIS2 writes them: rounded half-up to 2 decimals, then Java's <c>Double.toString</c> ("22356.0", "101.47", "1.2345678E7").</summary>
internal static class JavaDouble
{
    public static double Round(double value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    public static string Format(double value)
    {
        if (value == 0)
        {
            return "0.0";
        }

        var magnitude = Math.Abs(value);
        if (magnitude is >= 1e-3 and < 1e7)
        {
            var text = value.ToString("R", CultureInfo.InvariantCulture);
            return text.Contains('.', StringComparison.Ordinal) ? text : text + ".0";
        }

        var exponent = (int)Math.Floor(Math.Log10(magnitude));
        var mantissa = (value / Math.Pow(10, exponent)).ToString("R", CultureInfo.InvariantCulture);
        if (!mantissa.Contains('.', StringComparison.Ordinal))
        {
            mantissa += ".0";
        }

        return $"{mantissa}E{exponent.ToString(CultureInfo.InvariantCulture)}";
    }
}
