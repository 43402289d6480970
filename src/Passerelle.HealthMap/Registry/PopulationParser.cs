using System.Globalization;

namespace Passerelle.HealthMap.Registry;

/// <summary>Reads a head count written as <c>12500</c>, <c>12 500</c>, <c>12.500</c>, <c>12,500</c> or <c>12500.0</c>.</summary>
internal static class PopulationParser
{
    public static bool TryParse(string text, out long population)
    {
        population = 0;
        var compact = new string(text.Where(c => !char.IsWhiteSpace(c) && c != '\u202F' && c != '\u00A0').ToArray());
        if (compact.Length == 0)
        {
            return false;
        }

        // "12.500" / "12,500": a thousands separator when every group after it has three digits.
        var groups = compact.Split('.', ',');
        if (groups.Length > 1 && groups.Skip(1).All(g => g.Length == 3) && groups[0].Length is > 0 and <= 3)
        {
            compact = string.Concat(groups);
        }

        if (long.TryParse(compact, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out population))
        {
            return population >= 0;
        }

        // A spreadsheet number such as "12500.0".
        if (double.TryParse(compact.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && value >= 0 && value < long.MaxValue && Math.Abs(value - Math.Round(value)) < 1e-9)
        {
            population = (long)Math.Round(value);
            return true;
        }

        return false;
    }
}
