using System.Globalization;
using System.Text.RegularExpressions;

namespace Passerelle.HealthMap.Registry;

/// <summary>
/// Reads a coordinate as people type it: <c>14.7167</c>, <c>14,7167</c> (French decimal comma),
/// <c>14.7167°</c>, <c>17.45 O</c> (Ouest = west), or degrees-minutes-seconds <c>14°43'00"N</c>.
/// </summary>
internal static partial class CoordinateParser
{
    public static bool TryParse(string text, out double value)
    {
        value = 0;
        var trimmed = text.Trim().Replace('\u2212', '-');
        if (trimmed.Length == 0)
        {
            return false;
        }

        var sign = 1;
        var hemisphere = HemisphereSuffix().Match(trimmed);
        if (hemisphere.Success)
        {
            sign = hemisphere.Groups["h"].Value.ToUpperInvariant() is "S" or "W" or "O" ? -1 : 1;
            trimmed = trimmed[..hemisphere.Index].Trim();
        }

        var dms = DegreesMinutesSeconds().Match(trimmed);
        if (dms.Success)
        {
            var degrees = double.Parse(dms.Groups["d"].Value, CultureInfo.InvariantCulture);
            var minutes = double.Parse(dms.Groups["m"].Value, CultureInfo.InvariantCulture);
            var seconds = dms.Groups["s"].Success ? double.Parse(dms.Groups["s"].Value.Replace(',', '.'), CultureInfo.InvariantCulture) : 0;
            var magnitude = Math.Abs(degrees) + (minutes / 60) + (seconds / 3600);
            value = sign * (trimmed.StartsWith('-') ? -magnitude : magnitude);
            return true;
        }

        var number = trimmed.TrimEnd('°').Trim().Replace(',', '.');
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) || !double.IsFinite(parsed))
        {
            return false;
        }

        value = sign * parsed;
        return true;
    }

    [GeneratedRegex(@"\s*(?<h>[NSEWO])$", RegexOptions.IgnoreCase)]
    private static partial Regex HemisphereSuffix();

    [GeneratedRegex(@"^-?(?<d>\d{1,3})\s*[°º]\s*(?<m>\d{1,2})\s*['’′]\s*(?:(?<s>\d{1,2}(?:[.,]\d+)?)\s*(?:""|”|″|''))?$")]
    private static partial Regex DegreesMinutesSeconds();
}
