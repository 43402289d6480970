using System.Collections.Frozen;
using Passerelle.HealthMap.Mapping;

namespace Passerelle.HealthMap.Population;

/// <summary>Spellings of district names seen across sources (senegal.md §1.2), mapped to the 2025 list's spelling.</summary>
internal static class DistrictNameVariants
{
    // Keys that differ only in spaces or accents meet once compacted, so keep one of each.
    private static readonly FrozenDictionary<string, string> Variants = new Dictionary<string, string>
    {
        ["Birkilane"] = "BIRKELANE",
        ["Maleme Hoddar"] = "MALEM HODAR",
        ["Malem Hoddar"] = "MALEM HODAR",
        ["Diankhe Makhan"] = "DIANKE MAKHA",
        ["Diankemakhan"] = "DIANKE MAKHA",
        ["Makacolibantang"] = "MAKA COULIBANTANG",
        ["Thionk Essyl"] = "THIONCK ESSYL",
        ["Coki"] = "KOKI",
        ["Darou Mouhty"] = "DAROU MOUSTY",
        ["Joal"] = "JOAL FADIOUTH",
        ["Medina Yoro Foula"] = "MEDINA YORO FOULAH",
        ["Ranerou Ferlo"] = "RANEROU",
        ["Nioro du Rip"] = "NIORO",
        ["Colobane"] = "GOSSAS",
        ["Koupentoum"] = "KOUMPENTOUM",
    }.ToFrozenDictionary(p => TextKey.Compact(p.Key), p => TextKey.Compact(p.Value));

    /// <summary>The compact key of the 2025 spelling for any known spelling.</summary>
    public static string CanonicalKey(string name)
    {
        var key = TextKey.Compact(name);
        foreach (var prefix in (string[])["ds", "districtsanitairede", "districtsanitaire", "district"])
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal) && TextKey.Of(name).StartsWith(prefix == "ds" ? "ds " : "district", StringComparison.Ordinal))
            {
                key = key[prefix.Length..];
                break;
            }
        }

        return Variants.TryGetValue(key, out var canonical) ? canonical : key;
    }
}
