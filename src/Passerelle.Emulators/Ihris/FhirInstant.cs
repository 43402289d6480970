using System.Globalization;

namespace Passerelle.Emulators.Ihris;

/// <summary>FHIR date/time text as HAPI writes and reads it.</summary>
internal static class FhirInstant
{
    /// <summary>HAPI's <c>meta.lastUpdated</c> form, e.g. <c>2024-05-02T10:15:30.123+00:00</c>.</summary>
    public static string Format(DateTimeOffset instant) =>
        instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'+00:00'", CultureInfo.InvariantCulture);

    /// <summary>Truncates to the millisecond, the precision HAPI stores.</summary>
    public static DateTimeOffset ToMilliseconds(DateTimeOffset instant)
    {
        var utc = instant.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
    }

    /// <summary>
    /// Parses a FHIR date or dateTime of any precision (<c>2024</c>, <c>2024-05</c>, <c>2024-05-02</c>,
    /// <c>2024-05-02T10:15Z</c>, <c>2024-05-02T10:15:30.123+00:00</c>) into the half-open range it
    /// stands for, as FHIR search compares them.
    /// </summary>
    public static bool TryParseRange(string text, out DateTimeOffset low, out DateTimeOffset high)
    {
        low = high = default;
        var value = text.Trim();
        var styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;
        if (value.Length == 4 && DateTimeOffset.TryParseExact(value, "yyyy", CultureInfo.InvariantCulture, styles, out low))
        {
            high = low.AddYears(1);
            return true;
        }

        if (value.Length == 7 && DateTimeOffset.TryParseExact(value, "yyyy-MM", CultureInfo.InvariantCulture, styles, out low))
        {
            high = low.AddMonths(1);
            return true;
        }

        if (value.Length == 10 && DateTimeOffset.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, styles, out low))
        {
            high = low.AddDays(1);
            return true;
        }

        if (!DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, styles, out low))
        {
            return false;
        }

        var timePart = value[(value.IndexOf('T', StringComparison.Ordinal) + 1)..];
        var clock = timePart.Split('Z', '+', '-')[0];
        var unit = clock.Count(c => c == ':') switch
        {
            1 => TimeSpan.FromMinutes(1),
            _ when clock.Contains('.', StringComparison.Ordinal) => TimeSpan.FromTicks((long)Math.Pow(10, 7 - Math.Min(7, clock.Length - clock.IndexOf('.', StringComparison.Ordinal) - 1))),
            _ => TimeSpan.FromSeconds(1),
        };
        high = low + unit;
        return true;
    }
}
