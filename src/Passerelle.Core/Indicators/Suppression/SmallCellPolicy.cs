namespace Passerelle.Core.Indicators.Suppression;

/// <summary>
/// Small-cell suppression: a count below <see cref="Threshold"/> in a disaggregation fine enough to
/// point at a person (e.g. sex × cadre at one facility) is withheld and marked, before anything
/// leaves the warehouse. Zero is not suppressed: an empty cell identifies nobody.
/// </summary>
/// <param name="Threshold">k: counts 1..k−1 are suppressed (k = 5 by default).</param>
/// <param name="Disaggregations">The disaggregation keys the policy applies to (e.g. <c>facility×cadre×sex</c>).</param>
public sealed record SmallCellPolicy(int Threshold, IReadOnlySet<string> Disaggregations)
{
    public static SmallCellPolicy Default { get; } = new(5, new HashSet<string>(StringComparer.Ordinal)
    {
        Disaggregation.FacilityCadreSex,
        Disaggregation.FacilityCadreSexStatus,
        Disaggregation.FacilityCadreAgeBand,
    });

    /// <summary>True when a cell of <paramref name="count"/> in <paramref name="disaggregation"/> must be withheld.</summary>
    public bool Suppresses(string disaggregation, double count) =>
        Disaggregations.Contains(disaggregation) && count > 0 && count < Threshold;

    /// <summary>The published cell: the value, or null and the suppressed mark.</summary>
    public PublishedCell Apply(string disaggregation, double count) =>
        Suppresses(disaggregation, count) ? new PublishedCell(null, true) : new PublishedCell(count, false);
}

/// <summary>A value ready to leave the warehouse; <see cref="Value"/> is null when suppressed.</summary>
public readonly record struct PublishedCell(double? Value, bool Suppressed);

/// <summary>Names of the disaggregations indicators are computed over.</summary>
public static class Disaggregation
{
    public const string FacilityCadre = "facility×cadre";
    public const string FacilityCadreSex = "facility×cadre×sex";
    public const string FacilityCadreSexStatus = "facility×cadre×sex×status";
    public const string FacilityCadreAgeBand = "facility×cadre×age";
    public const string DistrictCadre = "district×cadre";
    public const string RegionCadre = "region×cadre";
}
