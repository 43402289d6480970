namespace Passerelle.Core.Storage;

public enum OrgLevel
{
    Country,
    Region,
    District,
    Facility,
}

/// <summary>One computed indicator value.</summary>
/// <param name="UnitId">Golden facility id, district or region code, or the country code.</param>
/// <param name="DisaggregationKey">e.g. <c>cadre=SFE|sex=F</c>, or empty for the total.</param>
/// <param name="Value">Null when suppressed or not computable (denominator zero).</param>
/// <param name="Suppressed">True when small-cell suppression hid the value.</param>
public sealed record IndicatorValue(
    string IndicatorCode,
    string Period,
    OrgLevel OrgLevel,
    string UnitId,
    string DisaggregationKey,
    double? Value,
    double? Numerator,
    double? Denominator,
    bool Suppressed);

/// <summary>Filters for reading results; null means any.</summary>
/// <param name="InAnyOrder">True when the caller orders the values itself: the store then skips sorting them (a continent's
/// million and a half values to push were sorted by the engine for nothing, in its own memory).</param>
public sealed record IndicatorQuery(string? IndicatorCode = null, string? Period = null, OrgLevel? OrgLevel = null, string? UnitId = null, bool InAnyOrder = false);
