namespace Passerelle.Web.Reading;

/// <summary>The regions a user may see: all of them, or a few (by ISO code, e.g. <c>SN-DK</c>).</summary>
public sealed record RegionScope(IReadOnlySet<string>? Regions)
{
    public static RegionScope Country { get; } = new((IReadOnlySet<string>?)null);

    public bool IsWholeCountry => Regions is null;

    /// <summary>Whether a facility of <paramref name="regionCode"/> is visible; one without a region only to country-wide users.</summary>
    public bool Allows(string? regionCode) => Regions is null || (regionCode is not null && Regions.Contains(regionCode));

    /// <summary>A stable key of the scope, for caches: <c>*</c> for the whole country.</summary>
    public string Key => Regions is null ? "*" : string.Join(',', Regions.Order(StringComparer.Ordinal));
}
