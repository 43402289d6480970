using System.Globalization;

namespace Passerelle.DemoWorld.Reference;

/// <summary>
/// Mixed-case, accented spellings of the district names the reference file writes in plain capitals
/// (reference/senegal/senegal.md §1.2 table).
/// </summary>
internal static class DistrictSpellings
{
    private static readonly Dictionary<string, string> Accented = new(StringComparer.Ordinal)
    {
        ["GUEDIAWAYE"] = "Guédiawaye",
        ["MBACKE"] = "Mbacké",
        ["GUINGUINEO"] = "Guinguinéo",
        ["KEDOUGOU"] = "Kédougou",
        ["SALEMATA"] = "Salémata",
        ["MEDINA YORO FOULAH"] = "Médina Yoro Foulah",
        ["VELINGARA"] = "Vélingara",
        ["KEBEMER"] = "Kébémer",
        ["DAROU-MOUSTY"] = "Darou Mousty",
        ["LINGUERE"] = "Linguère",
        ["RANEROU"] = "Ranérou",
        ["PETE"] = "Pété",
        ["SEDHIOU"] = "Sédhiou",
        ["DIANKHE MAKHAN"] = "Dianké Makha",
        ["MAKACOLIBANTANG"] = "Maka Coulibantang",
        ["MEKHE"] = "Mékhé",
        ["THIES"] = "Thiès",
        ["KHOMBOLE"] = "Khombole",
    };

    public static string Display(string sourceName)
    {
        if (Accented.TryGetValue(sourceName, out var spelled))
        {
            return spelled;
        }

        return CultureInfo.InvariantCulture.TextInfo.ToTitleCase(sourceName.ToLowerInvariant());
    }
}
