namespace Passerelle.Core.Publishing;

/// <summary>What a push must do so DHIS2 holds exactly what Passerelle computed, and no more.</summary>
public sealed record DataValueDiff(
    IReadOnlyList<AggregateValue> Added,
    IReadOnlyList<AggregateValue> Changed,
    IReadOnlyList<AggregateValue> Unchanged,
    IReadOnlyList<AggregateValue> Removed,
    IReadOnlyList<AggregateValue> LeftOutOfScope)
{
    /// <summary>Values to send (added and changed).</summary>
    public IEnumerable<AggregateValue> ToSend => Added.Concat(Changed);

    public bool IsEmpty => Added.Count == 0 && Changed.Count == 0 && Removed.Count == 0;

    /// <summary>
    /// Compares what Passerelle computed with what DHIS2 holds for Passerelle's own data elements.
    /// A value DHIS2 holds that Passerelle no longer computes is <see cref="Removed"/> (to delete) when its org
    /// unit is still in scope; when the org unit has left the scope it is kept in DHIS2 and reported in
    /// <see cref="LeftOutOfScope"/> — history of a facility that moved out is never erased by a push.
    /// Numbers are compared as numbers ("5" equals "5.0").
    /// </summary>
    public static DataValueDiff Compute(
        IEnumerable<AggregateValue> desired,
        IEnumerable<AggregateValue> current,
        Func<string, bool> orgUnitInScope)
    {
        ArgumentNullException.ThrowIfNull(desired);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(orgUnitInScope);
        var held = new Dictionary<AggregateKey, string>();
        foreach (var value in current)
        {
            held[value.Key] = value.Value;
        }

        // Sized once from the count when it is known: a continent's first push has a million and a half values to add, and
        // growing the lists and the set by doubling made three times their size in garbage.
        var count = desired.TryGetNonEnumeratedCount(out var known) ? known : 0;
        var added = new List<AggregateValue>(held.Count == 0 ? count : 0);
        var changed = new List<AggregateValue>();
        var unchanged = new List<AggregateValue>(Math.Min(count, held.Count));
        var wanted = new HashSet<AggregateKey>(count);
        foreach (var value in desired)
        {
            if (!wanted.Add(value.Key))
            {
                throw new ArgumentException($"valeur en double / duplicate value for {value.Key}", nameof(desired));
            }

            if (!held.TryGetValue(value.Key, out var existing))
            {
                added.Add(value);
            }
            else if (SameValue(existing, value.Value))
            {
                unchanged.Add(value);
            }
            else
            {
                changed.Add(value);
            }
        }

        var removed = new List<AggregateValue>();
        var outOfScope = new List<AggregateValue>();
        foreach (var (key, value) in held)
        {
            if (wanted.Contains(key))
            {
                continue;
            }

            (orgUnitInScope(key.OrgUnit) ? removed : outOfScope).Add(new AggregateValue(key, value));
        }

        return new DataValueDiff(added, changed, unchanged, removed, outOfScope);
    }

    private static bool SameValue(string a, string b) =>
        string.Equals(a, b, StringComparison.Ordinal)
        || (double.TryParse(a, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var x)
            && double.TryParse(b, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var y)
            && Math.Abs(x - y) <= 1e-9 * Math.Max(1, Math.Abs(x)));
}
