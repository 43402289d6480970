using System.Globalization;

namespace Passerelle.DemoWorld.Generation;

/// <summary>The months of service data (yyyyMM) and the reference date of the world (last day of the last month).</summary>
internal sealed record GenerationWindow(IReadOnlyList<string> Periods, DateOnly FirstDay, DateOnly ReferenceDate)
{
    public const int MaximumMonths = 120;

    public static GenerationWindow From(string lastPeriod, int months)
    {
        if (months is < 1 or > MaximumMonths)
        {
            throw new ArgumentException(
                $"Nombre de mois invalide : {months} (entre 1 et {MaximumMonths}) / invalid number of months: {months} (1 to {MaximumMonths}).",
                nameof(months));
        }

        if (lastPeriod is null
            || !DateOnly.TryParseExact(lastPeriod + "01", "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var lastMonth)
            || lastMonth.Year < 1990)
        {
            throw new ArgumentException(
                $"Période invalide « {lastPeriod} » : attendu aaaaMM, par ex. 202610 / invalid period '{lastPeriod}': expected yyyyMM, e.g. 202610.",
                nameof(lastPeriod));
        }

        var first = lastMonth.AddMonths(-(months - 1));
        var periods = Enumerable.Range(0, months)
            .Select(i => first.AddMonths(i).ToString("yyyyMM", CultureInfo.InvariantCulture))
            .ToList();
        return new GenerationWindow(periods, first, lastMonth.AddMonths(1).AddDays(-1));
    }

    public DateOnly MonthStart(int index) => FirstDay.AddMonths(index);
}
