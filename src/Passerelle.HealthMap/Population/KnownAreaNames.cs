using System.Collections.Frozen;
using Passerelle.HealthMap.Mapping;

namespace Passerelle.HealthMap.Population;

/// <summary>The region and health-district names of the reference lists, any known spelling.</summary>
internal static class KnownAreaNames
{
    private static readonly Lazy<FrozenSet<string>> Districts = new(() =>
        PopulationTable.Ansd.Districts.Select(d => DistrictNameVariants.CanonicalKey(d.Name)).ToFrozenSet());

    private static readonly Lazy<FrozenSet<string>> Regions = new(() =>
        PopulationTable.Ansd.At(PopulationLevel.Region, 2023)
            .SelectMany(r => (string[])[TextKey.Compact(r.Name), TextKey.Compact(r.Code)])
            .ToFrozenSet());

    public static bool IsDistrict(string name) => Districts.Value.Contains(DistrictNameVariants.CanonicalKey(name));

    public static bool IsRegion(string name)
    {
        var key = TextKey.Compact(name);
        return Regions.Value.Contains(key) || (key.StartsWith("rm", StringComparison.Ordinal) && Regions.Value.Contains(key[2..]))
            || (key.StartsWith("region", StringComparison.Ordinal) && Regions.Value.Contains(key.Replace("regionmedicalede", string.Empty, StringComparison.Ordinal).Replace("regionde", string.Empty, StringComparison.Ordinal)));
    }
}
