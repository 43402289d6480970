namespace Passerelle.Core.Matching;

/// <summary>Compares two prepared facilities signal by signal and cuts each into its comparison level.</summary>
internal static class PairComparer
{
    public static ComparisonVector Compare(PreparedFacility a, PreparedFacility b)
    {
        var hierarchy = HierarchyLevel(a, b);
        return new ComparisonVector(
            NameLevel(a, b, sameDistrict: hierarchy is 0 or 1),
            hierarchy,
            TypeLevel(a, b),
            DistanceLevel(a, b),
            CodesLevel(a, b));
    }

    /// <summary>
    /// Name similarity in [0, 1]: the full names, or, for two records of the same district, the
    /// better of that and the names without their own region/district words.
    /// </summary>
    public static double NameSimilarity(PreparedFacility a, PreparedFacility b, bool sameDistrict)
    {
        if (a.Name.IsTypeOnly || b.Name.IsTypeOnly)
        {
            // « Referral Hospital » against « General Referral Hospital »: compare every word.
            return Similarity(a.Name.AllTokens, b.Name.AllTokens, a.Name.AllCompact, b.Name.AllCompact);
        }

        var full = Similarity(a.Name.Tokens, b.Name.Tokens, a.Name.Compact, b.Name.Compact);
        if (full >= 1 || !sameDistrict || (ReferenceEquals(a.LocalTokens, a.Name.Tokens) && ReferenceEquals(b.LocalTokens, b.Name.Tokens)))
        {
            return full;
        }

        return Math.Max(full, Similarity(a.LocalTokens, b.LocalTokens, a.LocalCompact, b.LocalCompact));
    }

    internal static sbyte NameLevel(PreparedFacility a, PreparedFacility b, bool sameDistrict)
    {
        if (a.Name.Tokens.Count == 0 || b.Name.Tokens.Count == 0)
        {
            return -1;
        }

        if (string.Equals(a.Name.SortedKey, b.Name.SortedKey, StringComparison.Ordinal)
            || (sameDistrict && string.Equals(a.LocalSortedKey, b.LocalSortedKey, StringComparison.Ordinal)))
        {
            return 0;
        }

        var similarity = NameSimilarity(a, b, sameDistrict);
        return similarity switch
        {
            >= 0.94 => 1,
            >= 0.85 => 2,
            >= 0.70 => 3,
            _ => 4,
        };
    }

    internal static sbyte HierarchyLevel(PreparedFacility a, PreparedFacility b)
    {
        var regionKnown = a.RegionKey is not null && b.RegionKey is not null;
        var sameRegion = regionKnown && AdministrativeNameComparer.Similarity(a.RegionKey!, b.RegionKey!) >= 0.92;
        if (a.DistrictKey is not null && b.DistrictKey is not null)
        {
            var district = AdministrativeNameComparer.Similarity(a.DistrictKey, b.DistrictKey);
            if (district >= 1)
            {
                return 0;
            }

            if (district >= 0.90)
            {
                return 1;
            }

            return (sbyte)(sameRegion ? 3 : 4);
        }

        if (!regionKnown)
        {
            return -1;
        }

        return (sbyte)(sameRegion ? 2 : 4);
    }

    internal static sbyte TypeLevel(PreparedFacility a, PreparedFacility b)
    {
        var ta = a.TypeSignal;
        var tb = b.TypeSignal;
        if (!ta.IsKnown || !tb.IsKnown)
        {
            return -1;
        }

        if (ta.Family == tb.Family)
        {
            return (sbyte)(ta.Exact == tb.Exact || ta.Exact == Facilities.FacilityType.Unknown || tb.Exact == Facilities.FacilityType.Unknown ? 0 : 1);
        }

        if (ta.Rung is int ra && tb.Rung is int rb && Math.Abs(ra - rb) == 1)
        {
            return 2;
        }

        return 3;
    }

    internal static sbyte DistanceLevel(PreparedFacility a, PreparedFacility b)
    {
        if (a.Location is not { } pa || b.Location is not { } pb)
        {
            return -1;
        }

        return pa.DistanceMetresTo(pb) switch
        {
            <= 100 => 0,
            <= 1_000 => 1,
            <= 5_000 => 2,
            <= 25_000 => 3,
            _ => 4,
        };
    }

    internal static sbyte CodesLevel(PreparedFacility a, PreparedFacility b)
    {
        var disagree = false;
        foreach (var (kind, value) in a.Source.Codes)
        {
            if (string.IsNullOrWhiteSpace(value) || !b.Source.Codes.TryGetValue(kind, out var other) || string.IsNullOrWhiteSpace(other))
            {
                continue;
            }

            if (string.Equals(value.Trim(), other.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return 0;
            }

            disagree = true;
        }

        return (sbyte)(disagree ? 1 : -1);
    }

    private static double Similarity(IReadOnlyList<string> a, IReadOnlyList<string> b, string compactA, string compactB) =>
        Math.Max(StringSimilarity.MongeElkan(a, b), StringSimilarity.TrigramDice(compactA, compactB));
}
