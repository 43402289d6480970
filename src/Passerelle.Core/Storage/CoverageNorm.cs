using Passerelle.Core.Facilities;

namespace Passerelle.Core.Storage;

/// <summary>
/// A coverage or density norm of a norms edition, e.g. one <c>PS</c> per 10,000 people, one midwife per
/// 300 women aged 15–49, 23 doctors, nurses and midwives per 10,000.
/// </summary>
/// <param name="Code">Stable code of the norm, e.g. <c>population-per-facility</c>.</param>
/// <param name="FacilityType">The facility type it applies to, or <see cref="FacilityType.Unknown"/> for any.</param>
/// <param name="CadreCode">The cadre it applies to, or null.</param>
/// <param name="Unit">What <paramref name="Value"/> counts, e.g. <c>people</c>, <c>per-10000</c>.</param>
public sealed record CoverageNorm(
    string Version,
    string Code,
    FacilityType FacilityType,
    string? CadreCode,
    double Value,
    string Unit,
    DateOnly ValidFrom,
    DateOnly? ValidTo,
    string Source);
