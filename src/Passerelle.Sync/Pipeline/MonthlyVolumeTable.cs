using System.Globalization;
using Passerelle.Core.Storage;
using Passerelle.Dhis2.Model;

namespace Passerelle.Sync.Pipeline;

/// <summary>
/// A year of monthly volumes (element × month × facility) summed over category option combos, as DHIS2 sends the values:
/// each sum is a 64-bit key (month, element, facility positions) and a number, 24 bytes or so, where a key of three strings
/// kept the strings of the first value read (about 170 bytes). At a continent's size (2.8 million sums for four elements
/// over ten months) that is the difference between about 70 MB and half a gigabyte. Values out of scope, deleted,
/// not numbers, or of elements and months not asked for are left out.
/// </summary>
internal sealed class MonthlyVolumeTable
{
    private readonly IReadOnlyDictionary<string, string> _codeOfUid;
    private readonly string[] _codes;
    private readonly Dictionary<string, int> _codeIndex;
    private readonly string[] _months;
    private readonly Dictionary<string, int> _monthIndex;
    private readonly string[] _units;
    private readonly Dictionary<string, int> _unitIndex;
    private readonly Dictionary<long, double> _sums = [];
    private long[]? _sorted;

    public MonthlyVolumeTable(ServiceVolumeRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        _codeOfUid = request.CodeOfUid;
        _codes = [.. request.CodeOfUid.Values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        _codeIndex = Positions(_codes);
        _months = [.. request.Months.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        _monthIndex = Positions(_months);
        _units = [.. request.InScope.Order(StringComparer.Ordinal)];
        _unitIndex = Positions(_units);
    }

    /// <summary>Sums held.</summary>
    public int Count => _sums.Count;

    /// <summary>Adds the value to its sum; false when it is left out.</summary>
    public bool Add(Dhis2DataValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Deleted == true || !_codeOfUid.TryGetValue(value.DataElement, out var code)
            || !_unitIndex.TryGetValue(value.OrgUnit, out var unit) || !_monthIndex.TryGetValue(value.Period, out var month)
            || !double.TryParse(value.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }

        _sorted = null;
        var key = ((((long)month * _codes.Length) + _codeIndex[code]) * _units.Length) + unit;
        _sums[key] = _sums.GetValueOrDefault(key) + number;
        return true;
    }

    /// <summary>The volumes of one month, by element code then facility id (ordinal).</summary>
    public IEnumerable<ServiceVolume> OfMonth(string month)
    {
        if (!_monthIndex.TryGetValue(month, out var position))
        {
            yield break;
        }

        var keys = Sorted();
        var perMonth = (long)_codes.Length * _units.Length;
        var start = LowerBound(keys, position * perMonth);
        for (var i = start; i < keys.Length && keys[i] < (position + 1) * perMonth; i++)
        {
            yield return Volume(keys[i]);
        }
    }

    /// <summary>What the volumes are: the months, then every sum by month, element, facility; equal tables give equal fingerprints.</summary>
    public string Fingerprint()
    {
        using var fingerprint = new Fingerprint();
        foreach (var month in _months)
        {
            fingerprint.Add(month);
        }

        fingerprint.EndRecord();
        foreach (var key in Sorted())
        {
            var volume = Volume(key);
            fingerprint.Add(volume.DataElementCode).Add(volume.Period).Add(volume.FacilityId).Add(volume.Value).EndRecord();
        }

        return fingerprint.Value();
    }

    private ServiceVolume Volume(long key)
    {
        var unit = (int)(key % _units.Length);
        var rest = key / _units.Length;
        return new ServiceVolume(_codes[(int)(rest % _codes.Length)], _months[(int)(rest / _codes.Length)], _units[unit], _sums[key]);
    }

    private long[] Sorted()
    {
        if (_sorted is null)
        {
            _sorted = [.. _sums.Keys];
            Array.Sort(_sorted);
        }

        return _sorted;
    }

    private static int LowerBound(long[] keys, long value)
    {
        var index = Array.BinarySearch(keys, value);
        return index >= 0 ? index : ~index;
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
}
