using Passerelle.Core.Facilities;
using Passerelle.Core.Geography;

namespace Passerelle.Core.Matching;

/// <summary>A source facility with everything comparison and blocking need, computed once.</summary>
internal sealed class PreparedFacility
{
    public PreparedFacility(SourceFacility source, AdministrativeNameComparer administrative)
    {
        Source = source;
        Name = FacilityNameNormalizer.Normalize(source.Name);
        var declared = FacilityTypeSignal.FromType(source.Type);
        TypeSignal = declared.IsKnown ? declared : FacilityTypeVocabulary.ParseLabel(source.TypeLabel);
        if (!TypeSignal.IsKnown)
        {
            TypeSignal = Name.TypeSignal;
        }

        RegionKey = administrative.Key(source.Region);
        DistrictKey = administrative.Key(source.District);
        Location = source.Location is { IsValid: true } point ? point : null;
        var adminTokens = new List<string>();
        adminTokens.AddRange(FacilityNameNormalizer.AdministrativeTokens(source.District));
        adminTokens.AddRange(FacilityNameNormalizer.AdministrativeTokens(source.Region));
        LocalTokens = WithoutAdministrativeTokens(Name.Tokens, adminTokens);
        LocalCompact = string.Concat(LocalTokens);
        LocalSortedKey = string.Join(' ', LocalTokens.Order(StringComparer.Ordinal));
    }

    public SourceFacility Source { get; }

    public NormalizedFacilityName Name { get; }

    public FacilityTypeSignal TypeSignal { get; }

    public string? RegionKey { get; }

    public string? DistrictKey { get; }

    public GeoPoint? Location { get; }

    /// <summary>Name tokens without the record's own region/district words (« Lake Health Centre II » in Lake → « 2 »).</summary>
    public IReadOnlyList<string> LocalTokens { get; }

    public string LocalCompact { get; }

    public string LocalSortedKey { get; }

    private static IReadOnlyList<string> WithoutAdministrativeTokens(IReadOnlyList<string> tokens, List<string> adminTokens)
    {
        if (adminTokens.Count == 0)
        {
            return tokens;
        }

        var kept = tokens
            .Where(t => !adminTokens.Any(a => StringSimilarity.TokenSimilarity(t, a) >= 0.88))
            .ToList();
        return kept.Count > 0 && kept.Count < tokens.Count ? kept : tokens;
    }
}
