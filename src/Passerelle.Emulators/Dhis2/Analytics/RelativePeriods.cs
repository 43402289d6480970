using System.Globalization;
using Passerelle.Emulators.Dhis2.DataValues;

namespace Passerelle.Emulators.Dhis2.Analytics;

/// <summary>The common relative periods of analytics (web-api.md §6.5), computed from a reference date; the current period is excluded from LAST_*.</summary>
internal static class RelativePeriods
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["THIS_MONTH"] = "This month",
        ["LAST_MONTH"] = "Last month",
        ["LAST_3_MONTHS"] = "Last 3 months",
        ["LAST_6_MONTHS"] = "Last 6 months",
        ["LAST_12_MONTHS"] = "Last 12 months",
        ["MONTHS_THIS_YEAR"] = "Months this year",
        ["MONTHS_LAST_YEAR"] = "Months last year",
        ["THIS_QUARTER"] = "This quarter",
        ["LAST_QUARTER"] = "Last quarter",
        ["LAST_4_QUARTERS"] = "Last 4 quarters",
        ["QUARTERS_THIS_YEAR"] = "Quarters this year",
        ["QUARTERS_LAST_YEAR"] = "Quarters last year",
        ["THIS_YEAR"] = "This year",
        ["LAST_YEAR"] = "Last year",
        ["LAST_5_YEARS"] = "Last 5 years",
        ["LAST_10_YEARS"] = "Last 10 years",
    };

    public static bool IsRelative(string keyword) => Names.ContainsKey(keyword);

    public static string Name(string keyword) => Names[keyword];

    public static IReadOnlyList<Period> Resolve(string keyword, DateOnly today)
    {
        var month = new DateOnly(today.Year, today.Month, 1);
        var quarter = new DateOnly(today.Year, (((today.Month - 1) / 3) * 3) + 1, 1);
        IEnumerable<string> isos = keyword switch
        {
            "THIS_MONTH" => [Month(month)],
            "LAST_MONTH" => [Month(month.AddMonths(-1))],
            "LAST_3_MONTHS" => Months(month.AddMonths(-3), 3),
            "LAST_6_MONTHS" => Months(month.AddMonths(-6), 6),
            "LAST_12_MONTHS" => Months(month.AddMonths(-12), 12),
            "MONTHS_THIS_YEAR" => Months(new DateOnly(today.Year, 1, 1), 12),
            "MONTHS_LAST_YEAR" => Months(new DateOnly(today.Year - 1, 1, 1), 12),
            "THIS_QUARTER" => [Quarter(quarter)],
            "LAST_QUARTER" => [Quarter(quarter.AddMonths(-3))],
            "LAST_4_QUARTERS" => Enumerable.Range(1, 4).Reverse().Select(i => Quarter(quarter.AddMonths(-3 * i))),
            "QUARTERS_THIS_YEAR" => Enumerable.Range(1, 4).Select(q => $"{today.Year}Q{q}"),
            "QUARTERS_LAST_YEAR" => Enumerable.Range(1, 4).Select(q => $"{today.Year - 1}Q{q}"),
            "THIS_YEAR" => [Year(today.Year)],
            "LAST_YEAR" => [Year(today.Year - 1)],
            "LAST_5_YEARS" => Enumerable.Range(today.Year - 5, 5).Select(Year),
            "LAST_10_YEARS" => Enumerable.Range(today.Year - 10, 10).Select(Year),
            _ => [],
        };
        return [.. isos.Select(iso => Period.Parse(iso)!)];
    }

    private static IEnumerable<string> Months(DateOnly first, int count) => Enumerable.Range(0, count).Select(i => Month(first.AddMonths(i)));

    private static string Month(DateOnly d) => d.ToString("yyyyMM", CultureInfo.InvariantCulture);

    private static string Quarter(DateOnly d) => $"{d.Year}Q{((d.Month - 1) / 3) + 1}";

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);
}
