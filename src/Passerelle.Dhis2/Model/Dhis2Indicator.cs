namespace Passerelle.Dhis2.Model;

/// <summary>An aggregate indicator: numerator and denominator expressions, and its type (factor).</summary>
public sealed record Dhis2Indicator(
    string Id,
    string? Code = null,
    string? Name = null,
    string? ShortName = null,
    string? Numerator = null,
    string? Denominator = null,
    bool? Annualized = null,
    Dhis2Reference? IndicatorType = null);

/// <summary>An indicator type, e.g. « Pour cent » (factor 100) or « Pour 10 000 ».</summary>
public sealed record Dhis2IndicatorType(string Id, string? Name = null, int? Factor = null, bool? Number = null);
