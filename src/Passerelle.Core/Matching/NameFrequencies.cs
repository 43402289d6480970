namespace Passerelle.Core.Matching;

/// <summary>
/// How common each normalised name is across both lists, so that agreeing on a rare name counts
/// for more than agreeing on a common one (a term-frequency adjustment, as Splink makes): two
/// « Poste de santé de Ndiaye » in one district prove less than two « Poste de santé de
/// Thiarène Mbaye ». The model's weight for « same name » is an average over the names it saw;
/// a pair's own name moves it by log2(average frequency ÷ this name's frequency), within bounds.
/// For two records of the same district the count is taken inside that district: « Poste de santé
/// de Ndiaye » is common in the country but, when only one of the district's facilities bears it,
/// agreeing on it within the district is strong evidence.
/// </summary>
internal sealed class NameFrequencies
{
    /// <summary>The adjustment never moves the « same name » weight by more than this many bits.</summary>
    internal const double MaximumAdjustmentBits = 5;

    private readonly Dictionary<string, int> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _byLocalKey = new(StringComparer.Ordinal);
    private readonly Dictionary<(string District, string Key), int> _byDistrictKey = [];
    private double _meanCount = 1;

    public NameFrequencies(IEnumerable<PreparedFacility> facilities)
    {
        foreach (var facility in facilities)
        {
            if (facility.Name.Tokens.Count == 0)
            {
                continue;
            }

            _byKey[facility.Name.SortedKey] = _byKey.GetValueOrDefault(facility.Name.SortedKey) + 1;
            if (facility.LocalSortedKey.Length > 0)
            {
                _byLocalKey[facility.LocalSortedKey] = _byLocalKey.GetValueOrDefault(facility.LocalSortedKey) + 1;
            }

            if (facility.DistrictKey is { } district)
            {
                var key = (district, facility.LocalSortedKey);
                _byDistrictKey[key] = _byDistrictKey.GetValueOrDefault(key) + 1;
            }
        }
    }

    /// <summary>How many records of both lists carry the name the pair agrees on (in their district when they share it).</summary>
    public int CountOf(PreparedFacility a, PreparedFacility b)
    {
        if (a.DistrictKey is { } district && string.Equals(district, b.DistrictKey, StringComparison.Ordinal)
            && string.Equals(a.LocalSortedKey, b.LocalSortedKey, StringComparison.Ordinal))
        {
            return _byDistrictKey.GetValueOrDefault((district, a.LocalSortedKey), 1);
        }

        return string.Equals(a.Name.SortedKey, b.Name.SortedKey, StringComparison.Ordinal)
            ? _byKey.GetValueOrDefault(a.Name.SortedKey, 1)
            : _byLocalKey.GetValueOrDefault(a.LocalSortedKey, 1);
    }

    /// <summary>Learns the average count over the « same name » candidate pairs, which the model's weight stands for.</summary>
    public void Calibrate(IEnumerable<int> countsOfSameNamePairs)
    {
        var total = 0.0;
        var pairs = 0;
        foreach (var count in countsOfSameNamePairs)
        {
            total += count;
            pairs++;
        }

        _meanCount = pairs == 0 ? 1 : total / pairs;
    }

    /// <summary>Bits added to the « same name » weight for a name carried by <paramref name="count"/> records.</summary>
    public double AdjustmentBits(int count) =>
        Math.Clamp(Math.Log2(_meanCount / Math.Max(1, count)), -MaximumAdjustmentBits, MaximumAdjustmentBits);
}
