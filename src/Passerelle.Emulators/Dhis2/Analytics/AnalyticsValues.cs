using Passerelle.Emulators.Dhis2.DataValues;

namespace Passerelle.Emulators.Dhis2.Analytics;

/// <summary>Sums stored numeric values of a data element or operand over periods and org unit subtrees (what DHIS2's analytics tables hold).</summary>
/// <param name="index">The values indexed by data element and org unit subtree (live ones, or those of the last analytics table run).</param>
internal sealed class AnalyticsValues(AnalyticsIndex index)
{
    /// <summary>Sum for <c>de</c>, <c>de.coc</c>, <c>de.coc.aoc</c> or <c>de.*.aoc</c>; null when no value matches.</summary>
    public double? Sum(string operand, IReadOnlyList<Period> periods, IReadOnlyList<string> units)
    {
        var parts = operand.Split('.');
        var coc = parts.Length > 1 && parts[1] != "*" ? parts[1] : null;
        var aoc = parts.Length > 2 ? parts[2] : null;
        bool Matches(AnalyticsEntry e) =>
            (coc is null || e.CategoryOptionCombo == coc) && (aoc is null || e.AttributeOptionCombo == aoc)
            && periods.Any(p => e.Period.Within(p.Start, p.End));

        double? total = null;
        if (units.Count == 1)
        {
            foreach (var entry in index.Within(parts[0], units[0]))
            {
                if (Matches(entry))
                {
                    total = (total ?? 0) + entry.Number;
                }
            }

            return total;
        }

        // Several units: a value under two of them (a unit and its parent) counts once, and values are added in store order.
        var matching = new List<AnalyticsEntry>();
        foreach (var unit in units)
        {
            matching.AddRange(index.Within(parts[0], unit).Where(Matches));
        }

        matching.Sort((a, b) => a.Sequence.CompareTo(b.Sequence));
        for (var i = 0; i < matching.Count; i++)
        {
            if (i == 0 || matching[i].Sequence != matching[i - 1].Sequence)
            {
                total = (total ?? 0) + matching[i].Number;
            }
        }

        return total;
    }
}
