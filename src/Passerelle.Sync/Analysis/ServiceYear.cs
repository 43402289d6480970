using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using Passerelle.Core.Storage;

namespace Passerelle.Sync.Analysis;

/// <summary>
/// A year of monthly service volumes, per golden facility and data element: the months DHIS2 holds are
/// summed, and the months reported counted (a month with no value is not reported, as in DHIS2).
/// Volumes may be added one at a time as they are read (<see cref="Add"/>), and are kept compactly — a series is one
/// number per month, a facility's reported months one bit each — because a continent holds millions of them.
/// </summary>
public sealed class ServiceYear
{
    /// <summary>Distinct periods a year can hold (one bit each per facility).</summary>
    public const int MaxPeriods = 64;

    private readonly IReadOnlyDictionary<string, string> _goldenOfDhis2;
    private readonly List<string> _periods = [];
    private readonly Dictionary<string, int> _periodIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _elements = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Facility, string Element), double[]> _monthly = [];
    private readonly Dictionary<string, ulong> _monthsOfFacility = new(StringComparer.Ordinal);
    private IReadOnlyList<string>? _facilities;

    /// <param name="volumes">Monthly volumes keyed by the DHIS2 uid the pull stored them under.</param>
    /// <param name="goldenOfDhis2">DHIS2 uid → golden facility id (accepted links); other units are left out.</param>
    /// <param name="expectedMonths">The months of the year analysed up to the reference date.</param>
    public ServiceYear(IEnumerable<ServiceVolume> volumes, IReadOnlyDictionary<string, string> goldenOfDhis2, IReadOnlyList<string> expectedMonths)
        : this(goldenOfDhis2, expectedMonths)
    {
        ArgumentNullException.ThrowIfNull(volumes);
        foreach (var volume in volumes)
        {
            Add(volume);
        }
    }

    /// <summary>An empty year, to <see cref="Add"/> volumes to.</summary>
    public ServiceYear(IReadOnlyDictionary<string, string> goldenOfDhis2, IReadOnlyList<string> expectedMonths)
    {
        ArgumentNullException.ThrowIfNull(goldenOfDhis2);
        ArgumentNullException.ThrowIfNull(expectedMonths);
        _goldenOfDhis2 = goldenOfDhis2;
        ExpectedMonths = expectedMonths;
        foreach (var month in expectedMonths)
        {
            PeriodIndex(month);
        }
    }

    public IReadOnlyList<string> ExpectedMonths { get; }

    /// <summary>Values of DHIS2 units with no accepted registry link (left out of every indicator).</summary>
    public int UnlinkedValues { get; private set; }

    /// <summary>Facilities with at least one value, in ordinal order.</summary>
    public IReadOnlyList<string> Facilities => _facilities ??= [.. _monthsOfFacility.Keys.Order(StringComparer.Ordinal)];

    public IEnumerable<(string Facility, string Element, IReadOnlyDictionary<string, double> Months)> Series =>
        _monthly.OrderBy(p => p.Key.Facility, StringComparer.Ordinal).ThenBy(p => p.Key.Element, StringComparer.Ordinal)
            .Select(p => (p.Key.Facility, p.Key.Element, (IReadOnlyDictionary<string, double>)new MonthValues(_periods, p.Value)));

    /// <summary>Adds a volume to its facility's series (summed with the month's other values); a unit with no accepted link is counted apart.</summary>
    /// <exception cref="ArgumentException">More than <see cref="MaxPeriods"/> distinct periods.</exception>
    public void Add(ServiceVolume volume)
    {
        ArgumentNullException.ThrowIfNull(volume);
        if (!_goldenOfDhis2.TryGetValue(volume.FacilityId, out var golden))
        {
            UnlinkedValues++;
            return;
        }

        if (!_elements.TryGetValue(volume.DataElementCode, out var element))
        {
            element = volume.DataElementCode;
            _elements[element] = element;
        }

        var period = PeriodIndex(volume.Period);
        if (!_monthly.TryGetValue((golden, element), out var months))
        {
            months = new double[_periods.Count];
            Array.Fill(months, double.NaN);
            _monthly[(golden, element)] = months;
        }
        else if (months.Length <= period)
        {
            var grown = new double[_periods.Count];
            Array.Fill(grown, double.NaN);
            months.CopyTo(grown, 0);
            months = grown;
            _monthly[(golden, element)] = months;
        }

        months[period] = double.IsNaN(months[period]) ? volume.Value : months[period] + volume.Value;
        _monthsOfFacility[golden] = _monthsOfFacility.GetValueOrDefault(golden) | (1UL << period);
        _facilities = null;
    }

    public double Annual(string facility, string element) =>
        _monthly.TryGetValue((facility, element), out var months) ? months.Where(v => !double.IsNaN(v)).Sum() : 0;

    public int MonthsReported(string facility, string element) =>
        _monthly.TryGetValue((facility, element), out var months) ? months.Count(v => !double.IsNaN(v)) : 0;

    /// <summary>Months with at least one value of any element.</summary>
    public int MonthsReported(string facility) =>
        _monthsOfFacility.TryGetValue(facility, out var months) ? BitOperations.PopCount(months) : 0;

    /// <summary>The months (<c>yyyyMM</c>) of <paramref name="referenceDate"/>'s year up to its month.</summary>
    public static IReadOnlyList<string> MonthsUpTo(DateOnly referenceDate) =>
        [.. Enumerable.Range(1, referenceDate.Month).Select(m => $"{referenceDate.Year:0000}{m:00}")];

    private int PeriodIndex(string period)
    {
        if (_periodIndex.TryGetValue(period, out var index))
        {
            return index;
        }

        if (_periods.Count == MaxPeriods)
        {
            throw new ArgumentException(
                $"plus de {MaxPeriods} périodes dans une année de service (« {period} ») / more than {MaxPeriods} periods in a service year", nameof(period));
        }

        _periodIndex[period] = _periods.Count;
        _periods.Add(period);
        return _periods.Count - 1;
    }

    /// <summary>One series' months as a dictionary (period → value), over its array; months with no value are absent.</summary>
    private sealed class MonthValues(List<string> periods, double[] values) : IReadOnlyDictionary<string, double>
    {
        public double this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

        public IEnumerable<string> Keys => this.Select(p => p.Key);

        public IEnumerable<double> Values => this.Select(p => p.Value);

        public int Count => values.Count(v => !double.IsNaN(v));

        public bool ContainsKey(string key) => TryGetValue(key, out _);

        public bool TryGetValue(string key, [MaybeNullWhen(false)] out double value)
        {
            var index = periods.IndexOf(key);
            value = index >= 0 && index < values.Length ? values[index] : double.NaN;
            return !double.IsNaN(value);
        }

        public IEnumerator<KeyValuePair<string, double>> GetEnumerator()
        {
            for (var i = 0; i < values.Length; i++)
            {
                if (!double.IsNaN(values[i]))
                {
                    yield return new KeyValuePair<string, double>(periods[i], values[i]);
                }
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
