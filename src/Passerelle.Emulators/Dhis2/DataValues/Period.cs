using System.Globalization;
using System.Text.RegularExpressions;

namespace Passerelle.Emulators.Dhis2.DataValues;

/// <summary>An ISO period of DHIS2 (web-api.md §6.5) with its date range.</summary>
internal sealed partial record Period(string Iso, string Type, DateOnly Start, DateOnly End)
{
    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;

    public bool Within(DateOnly start, DateOnly end) => Start >= start && End <= end;

    /// <summary>DHIS2's English display name ("January 2024", "2024", "January - March 2024").</summary>
    public string Name => Type switch
    {
        "Monthly" => $"{MonthNames[Start.Month - 1]} {Start.Year}",
        "Yearly" => Start.Year.ToString(CultureInfo.InvariantCulture),
        "Daily" => Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Start.Year == End.Year
            ? $"{MonthNames[Start.Month - 1]} - {MonthNames[End.Month - 1]} {Start.Year}"
            : $"{MonthNames[Start.Month - 1]} {Start.Year} - {MonthNames[End.Month - 1]} {End.Year}",
    };

    public static Period? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var m = Pattern().Match(text.Trim());
        if (!m.Success)
        {
            return null;
        }

        try
        {
            return Build(m);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static Period? Build(Match m)
    {
        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        int G(string name) => int.Parse(m.Groups[name].Value, CultureInfo.InvariantCulture);
        if (m.Groups["d"].Success)
        {
            var day = new DateOnly(year, G("dm"), G("d"));
            return new Period(day.ToString("yyyyMMdd", CultureInfo.InvariantCulture), "Daily", day, day);
        }

        if (m.Groups["w"].Success)
        {
            var week = G("w");
            var prefix = m.Groups["wt"].Value;
            if (week < 1 || week > (prefix == "Bi" ? 27 : ISOWeek.GetWeeksInYear(year)))
            {
                return null;
            }

            var start = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, prefix == "Bi" ? (week * 2) - 1 : week, DayOfWeek.Monday));
            var offset = prefix switch { "Wed" => -5, "Thu" => -4, "Sat" => -2, "Sun" => -1, _ => 0 };
            start = start.AddDays(offset);
            return new Period($"{year}{prefix}W{week}", prefix.Length == 0 ? "Weekly" : prefix == "Bi" ? "BiWeekly" : "Weekly" + prefix, start, start.AddDays(prefix == "Bi" ? 13 : 6));
        }

        if (m.Groups["m"].Success)
        {
            var start = new DateOnly(year, G("m"), 1);
            return m.Groups["b"].Success
                ? new Period($"{year}{G("m"):00}B", "BiMonthly", start, start.AddMonths(2).AddDays(-1))
                : new Period($"{year}{G("m"):00}", "Monthly", start, start.AddMonths(1).AddDays(-1));
        }

        if (m.Groups["q"].Success)
        {
            var nov = m.Groups["qn"].Success;
            var start = new DateOnly(year, 1, 1).AddMonths(((G("q") - 1) * 3) - (nov ? 2 : 0));
            return new Period($"{year}{(nov ? "Nov" : "")}Q{G("q")}", nov ? "QuarterlyNov" : "Quarterly", start, start.AddMonths(3).AddDays(-1));
        }

        if (m.Groups["s"].Success)
        {
            var variant = m.Groups["sv"].Value;
            var shift = variant switch { "April" => 3, "Nov" => -2, _ => 0 };
            var start = new DateOnly(year, 1, 1).AddMonths(((G("s") - 1) * 6) + shift);
            return new Period($"{year}{variant}S{G("s")}", "SixMonthly" + variant, start, start.AddMonths(6).AddDays(-1));
        }

        if (m.Groups["f"].Success)
        {
            var month = m.Groups["f"].Value switch { "April" => 4, "July" => 7, "Oct" => 10, _ => 11 };
            var start = new DateOnly(year, month, 1);
            return new Period($"{year}{m.Groups["f"].Value}", "Financial" + m.Groups["f"].Value, start, start.AddYears(1).AddDays(-1));
        }

        return new Period(year.ToString(CultureInfo.InvariantCulture), "Yearly", new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
    }

    [GeneratedRegex(@"^(?<y>\d{4})(?:(?:-?(?<dm>\d{2})-?(?<d>\d{2}))|(?<wt>Wed|Thu|Sat|Sun|Bi)?W(?<w>\d{1,2})|-?(?<m>\d{2})(?<b>B)?|(?<qn>Nov)?Q(?<q>[1-4])|(?<sv>April|Nov)?S(?<s>[12])|(?<f>April|July|Oct|Nov))?$")]
    private static partial Regex Pattern();
}
