namespace Passerelle.Core.Geography;

/// <summary>
/// Senegal's 14 regions with their ISO 3166-2 codes (reference/senegal/data/admin_units_regions_departements.csv,
/// ANSD and OCHA COD-AB).
/// </summary>
public static class SenegalRegions
{
    public static IReadOnlyList<AdministrativeUnit> All { get; } =
    [
        Region("SN-DK", "Dakar"),
        Region("SN-DB", "Diourbel"),
        Region("SN-FK", "Fatick"),
        Region("SN-KA", "Kaffrine"),
        Region("SN-KL", "Kaolack"),
        Region("SN-KD", "Kolda"),
        Region("SN-KE", "Kédougou"),
        Region("SN-LG", "Louga"),
        Region("SN-MT", "Matam"),
        Region("SN-SL", "Saint-Louis"),
        Region("SN-SE", "Sédhiou"),
        Region("SN-TC", "Tambacounda"),
        Region("SN-TH", "Thiès"),
        Region("SN-ZG", "Ziguinchor"),
    ];

    /// <summary>The region with this ISO code (case-insensitive), or null.</summary>
    public static AdministrativeUnit? ByCode(string code) =>
        All.FirstOrDefault(r => string.Equals(r.Code, code.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The region a label names, whatever the system wrote: « DAKAR », « Région de Dakar »,
    /// « Region Medicale de Kaolack », « KAOLACK RM », « SN-KL ». Null when it names no region.
    /// </summary>
    public static AdministrativeUnit? Resolve(string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return null;
        }

        if (ByCode(label) is { } byCode)
        {
            return byCode;
        }

        var words = Fold(label)
            .Split([' ', '-', '\'', '’', '_', '.'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w is not ("region" or "regional" or "medicale" or "rm" or "de" or "du" or "d" or "la"))
            .ToArray();
        var key = string.Join(" ", words);
        return All.FirstOrDefault(r => Fold(r.Name).Replace('-', ' ') == key);
    }

    private static string Fold(string text) => Matching.TextFolding.FoldCase(text.Trim());

    private static AdministrativeUnit Region(string code, string name) => new(code, name, AdministrativeLevel.Region, "SN");
}
