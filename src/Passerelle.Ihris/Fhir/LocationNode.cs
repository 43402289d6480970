using Passerelle.Core.Geography;

namespace Passerelle.Ihris.Fhir;

/// <summary>What the reader keeps of one iHRIS Location.</summary>
/// <param name="Level">Jurisdiction level code (country, region, district…) when stated; null for facilities.</param>
/// <param name="TypeCodes">All <c>type</c> codes, whatever their system.</param>
/// <param name="TypeLabel">The facility type as iHRIS names it (first non-mCSD type).</param>
internal sealed record LocationNode(
    string Id,
    string Name,
    string? ParentId,
    bool IsFacility,
    string? Level,
    IReadOnlyList<string> TypeCodes,
    string? TypeLabel,
    string? Dhis2Id,
    string? RegistryId,
    GeoPoint? Position);
