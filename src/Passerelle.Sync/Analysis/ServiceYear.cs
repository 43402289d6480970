using Passerelle.Core.Storage;

namespace Passerelle.Sync.Analysis;

/// <summary>
/// A year of monthly service volumes, per golden facility and data element: the months DHIS2 holds are
/// summed, and the months reported counted (a month with no value is not reported, as in DHIS2).
/// </summary>
public sealed class ServiceYear
{
    private readonly Dictionary<(string Facility, string Element), Dictionary<string, double>> _monthly = [];

    private readonly Dictionary<string, HashSet<string>> _monthsOfFacility = new(StringComparer.Ordinal);

    /// <param name="volumes">Monthly volumes keyed by the DHIS2 uid the pull stored them under.</param>
    /// <param name="goldenOfDhis2">DHIS2 uid → golden facility id (accepted links); other units are left out.</param>
    /// <param name="expectedMonths">The months of the year analysed up to the reference date.</param>
    public ServiceYear(IEnumerable<ServiceVolume> volumes, IReadOnlyDictionary<string, string> goldenOfDhis2, IReadOnlyList<string> expectedMonths)
    {
        ArgumentNullException.ThrowIfNull(volumes);
        ExpectedMonths = expectedMonths;
        foreach (var volume in volumes)
        {
            if (!goldenOfDhis2.TryGetValue(volume.FacilityId, out var golden))
            {
                UnlinkedValues++;
                continue;
            }

            var months = _monthly.TryGetValue((golden, volume.DataElementCode), out var found) ? found : _monthly[(golden, volume.DataElementCode)] = new(StringComparer.Ordinal);
            months[volume.Period] = months.GetValueOrDefault(volume.Period) + volume.Value;
            var reported = _monthsOfFacility.TryGetValue(golden, out var set) ? set : _monthsOfFacility[golden] = new(StringComparer.Ordinal);
            reported.Add(volume.Period);
        }

        Facilities = [.. _monthsOfFacility.Keys.Order(StringComparer.Ordinal)];
    }

    public IReadOnlyList<string> ExpectedMonths { get; }

    /// <summary>Values of DHIS2 units with no accepted registry link (left out of every indicator).</summary>
    public int UnlinkedValues { get; }

    /// <summary>Facilities with at least one value, in ordinal order.</summary>
    public IReadOnlyList<string> Facilities { get; }

    public IEnumerable<(string Facility, string Element, IReadOnlyDictionary<string, double> Months)> Series =>
        _monthly.OrderBy(p => p.Key.Facility, StringComparer.Ordinal).ThenBy(p => p.Key.Element, StringComparer.Ordinal)
            .Select(p => (p.Key.Facility, p.Key.Element, (IReadOnlyDictionary<string, double>)p.Value));

    public double Annual(string facility, string element) =>
        _monthly.TryGetValue((facility, element), out var months) ? months.Values.Sum() : 0;

    public int MonthsReported(string facility, string element) =>
        _monthly.TryGetValue((facility, element), out var months) ? months.Count : 0;

    /// <summary>Months with at least one value of any element.</summary>
    public int MonthsReported(string facility) =>
        _monthsOfFacility.TryGetValue(facility, out var months) ? months.Count : 0;

    /// <summary>The months (<c>yyyyMM</c>) of <paramref name="referenceDate"/>'s year up to its month.</summary>
    public static IReadOnlyList<string> MonthsUpTo(DateOnly referenceDate) =>
        [.. Enumerable.Range(1, referenceDate.Month).Select(m => $"{referenceDate.Year:0000}{m:00}")];
}
