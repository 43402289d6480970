namespace Passerelle.Core.Matching;

/// <summary>
/// Compares region and district names: folded, generic words dropped (« district sanitaire de »),
/// renamed units mapped through an alias table (« Colobane » → « Gossas »), then compared exactly
/// or with Jaro–Winkler.
/// </summary>
internal sealed class AdministrativeNameComparer
{
    private readonly Dictionary<string, string> _aliases;

    public AdministrativeNameComparer(IReadOnlyDictionary<string, string> aliases)
    {
        _aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (alias, canonical) in aliases)
        {
            _aliases[Fold(alias)] = Fold(canonical);
        }
    }

    /// <summary>The canonical folded key of a region or district name, or null when empty.</summary>
    public string? Key(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var folded = Fold(name);
        return _aliases.TryGetValue(folded, out var canonical) ? canonical : folded;
    }

    public static double Similarity(string a, string b) =>
        string.Equals(a, b, StringComparison.Ordinal) ? 1 : StringSimilarity.JaroWinkler(a, b);

    private static string Fold(string name) => string.Join(' ', FacilityNameNormalizer.AdministrativeTokens(name));
}
