using Passerelle.Emulators.Dhis2.Api;

namespace Passerelle.Emulators.Dhis2.DataValues;

/// <summary>
/// Years of aggregate values loaded once at start and never changed: a continental DHIS2 holds tens of millions of them,
/// which as stored values (<see cref="StoredDataValue"/>, about 200 bytes each) would take gigabytes. Here a value takes
/// 8 bytes: its org unit's position and a whole-number value, kept per data element and period. Default category
/// option combos; entered on the 10th of the month after the period (the reporting deadline). <c>GET /api/dataValueSets</c>
/// exports them with the stored values; an import finds an archived value as it finds a stored one (<see cref="Find"/>:
/// updated, deleted or left as it is), and the stored value it writes hides the archived one. Analytics do not read the
/// archive: they cover stored values only.
/// </summary>
internal sealed class Dhis2ValueArchive
{
    private readonly string[] _elements;
    private readonly string[] _periods;
    private readonly string[] _units;
    private readonly long[][] _segments;
    private readonly DateTimeOffset[] _entered;
    private Dictionary<string, int>? _elementIndex;
    private Dictionary<string, int>? _periodIndex;
    private Dictionary<string, int>? _unitIndex;

    private Dhis2ValueArchive(string[] elements, string[] periods, string[] units, long[][] segments, DateTimeOffset[] entered, string storedBy)
    {
        _elements = elements;
        _periods = periods;
        _units = units;
        _segments = segments;
        _entered = entered;
        StoredBy = storedBy;
        Count = segments.Sum(s => (long)s.Length);
    }

    /// <summary>Values held.</summary>
    public long Count { get; }

    /// <summary>The <c>storedBy</c> of every archived value.</summary>
    public string StoredBy { get; }

    /// <summary>Data element uids, by position.</summary>
    public IReadOnlyList<string> Elements => _elements;

    /// <summary>Periods (ISO), by position.</summary>
    public IReadOnlyList<string> Periods => _periods;

    /// <summary>Org unit uids, by position.</summary>
    public IReadOnlyList<string> Units => _units;

    /// <summary>When the values of a period were entered (also their <c>created</c> and <c>lastUpdated</c>).</summary>
    public DateTimeOffset EnteredOn(int period) => _entered[period];

    /// <summary>
    /// The archived values of the elements and periods asked for, for the units <paramref name="unitWanted"/> keeps: element by
    /// element, period by period, in load order within. Reads only immutable arrays, so it may be enumerated without the store lock.
    /// </summary>
    public IEnumerable<(int Element, int Period, int Unit, int Value)> Select(IReadOnlyList<int> elements, IReadOnlyList<int> periods, bool[] unitWanted)
    {
        foreach (var element in elements)
        {
            foreach (var period in periods)
            {
                foreach (var packed in _segments[(element * _periods.Length) + period])
                {
                    var unit = (int)(packed >> 32);
                    if (unitWanted[unit])
                    {
                        yield return (element, period, unit, (int)packed);
                    }
                }
            }
        }
    }

    /// <summary>
    /// The archived value under <paramref name="key"/> as a stored value, or null: what an import finds there before it
    /// updates or deletes it (the store then holds the new value, which hides this one). Scans the key's element and period;
    /// callers hold the store lock.
    /// </summary>
    public StoredDataValue? Find(DataValueKey key)
    {
        if (key.CategoryOptionCombo != DataValueSetImporter.DefaultCombo || key.AttributeOptionCombo != DataValueSetImporter.DefaultCombo)
        {
            return null;
        }

        _elementIndex ??= Positions(_elements);
        _periodIndex ??= Positions(_periods);
        _unitIndex ??= Positions(_units);
        if (!_elementIndex.TryGetValue(key.DataElement, out var element) || !_periodIndex.TryGetValue(key.Period, out var period)
            || !_unitIndex.TryGetValue(key.OrgUnit, out var unit))
        {
            return null;
        }

        foreach (var packed in _segments[(element * _periods.Length) + period])
        {
            if ((int)(packed >> 32) == unit)
            {
                var entered = _entered[period];
                return new StoredDataValue(key, ((int)packed).ToString(System.Globalization.CultureInfo.InvariantCulture), StoredBy, entered, entered, null, false, false);
            }
        }

        return null;
    }

    private static Dictionary<string, int> Positions(string[] items)
    {
        var positions = new Dictionary<string, int>(items.Length, StringComparer.Ordinal);
        for (var i = 0; i < items.Length; i++)
        {
            positions[items[i]] = i;
        }

        return positions;
    }

    /// <summary>Collects values one by one; <see cref="Build"/> freezes them.</summary>
    public sealed class Builder
    {
        private readonly string[] _elements;
        private readonly string[] _periods;
        private readonly List<long>[] _segments;
        private readonly Dictionary<string, int> _unitIndex = new(StringComparer.Ordinal);
        private readonly List<string> _units = [];

        /// <param name="elements">Data element uids; values name them by position.</param>
        /// <param name="periods">Monthly periods (yyyyMM); values name them by position.</param>
        /// <param name="expected">Values expected in all, to size the lists (0 when unknown).</param>
        public Builder(IReadOnlyList<string> elements, IReadOnlyList<string> periods, long expected)
        {
            _elements = [.. elements];
            _periods = [.. periods];
            var perSegment = (int)Math.Min(int.MaxValue / 2, expected / Math.Max(1, _elements.Length * _periods.Length) * 11 / 10);
            _segments = [.. Enumerable.Range(0, _elements.Length * _periods.Length).Select(_ => new List<long>(perSegment))];
        }

        /// <exception cref="ArgumentOutOfRangeException">A position outside the lists, or a value that is not a count an <c>int</c> holds.</exception>
        public void Add(int element, int period, string unit, long value)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(element);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(element, _elements.Length);
            ArgumentOutOfRangeException.ThrowIfNegative(period);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(period, _periods.Length);
            if (value is < int.MinValue or > int.MaxValue)
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, $"Valeur hors des bornes d'un entier 32 bits / value outside a 32-bit integer ({unit}, {_periods[period]})");
            }

            if (!_unitIndex.TryGetValue(unit, out var position))
            {
                position = _units.Count;
                _unitIndex[unit] = position;
                _units.Add(unit);
            }

            _segments[(element * _periods.Length) + period].Add(((long)position << 32) | (uint)(int)value);
        }

        /// <param name="now">Entry dates still to come are clamped to it.</param>
        /// <param name="storedBy">The <c>storedBy</c> the values are exported with.</param>
        public Dhis2ValueArchive Build(DateTimeOffset now, string storedBy)
        {
            var segments = new long[_segments.Length][];
            for (var i = 0; i < segments.Length; i++)
            {
                segments[i] = [.. _segments[i]];
                _segments[i] = [];
            }

            var entered = _periods.Select(p => Period.Parse(p) is { } parsed
                ? Min(new DateTimeOffset(parsed.End.Year, parsed.End.Month, 10, 10, 0, 0, TimeSpan.Zero).AddMonths(1), now)
                : now).ToArray();
            return new Dhis2ValueArchive(_elements, [.. _periods.Select(p => Period.Parse(p)?.Iso ?? p)], [.. _units], segments, entered, storedBy);
        }

        private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
    }

    /// <summary>Renders the timestamp of a period's values once per export.</summary>
    public string[] Timestamps() => [.. _entered.Select(Dhis2Json.DataValueTimestamp)];
}
