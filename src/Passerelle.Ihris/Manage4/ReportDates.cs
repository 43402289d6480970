using System.Globalization;

namespace Passerelle.Ihris.Manage4;

/// <summary>Dates as iHRIS 4 reports write them: <c>2016-05-01 00:00:00</c>, <c>2016-05-01</c> or <c>01/05/2016</c>; <c>0000-00-00</c> is blank.</summary>
internal static class ReportDates
{
    private static readonly string[] Formats = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd", "dd/MM/yyyy", "dd/MM/yyyy HH:mm:ss", "yyyy-MM-ddTHH:mm:ss"];

    public static DateOnly? Parse(string? text) =>
        text is { Length: > 0 } && !text.StartsWith("0000", StringComparison.Ordinal)
            && DateTime.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? DateOnly.FromDateTime(value)
            : null;

    public static int? Year(string? text) => Parse(text)?.Year;
}
