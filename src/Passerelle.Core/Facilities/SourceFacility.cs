using Passerelle.Core.Geography;

namespace Passerelle.Core.Facilities;

/// <summary>Which system a record comes from.</summary>
public enum SourceSystem
{
    HealthMap,
    Dhis2,
    Ihris,
}

/// <summary>
/// A facility as one source system holds it, before alignment. Names and codes are kept as the
/// source wrote them; matching normalises them, never this record.
/// </summary>
/// <param name="SourceId">The source's own id (registry code, DHIS2 uid, iHRIS Location id).</param>
/// <param name="Codes">Other identifiers the source carries, by kind (e.g. <c>registry</c>, <c>dhis2</c>).</param>
public sealed record SourceFacility(
    SourceSystem Source,
    string SourceId,
    string Name,
    string? TypeLabel,
    FacilityType Type,
    string? Region,
    string? District,
    GeoPoint? Location,
    IReadOnlyDictionary<string, string> Codes)
{
    public string? Code(string kind) => Codes.TryGetValue(kind, out var value) ? value : null;
}

/// <summary>Identifier kinds used in <see cref="SourceFacility.Codes"/>.</summary>
public static class FacilityCodeKinds
{
    /// <summary>The Carte sanitaire code of the facility.</summary>
    public const string Registry = "registry";

    /// <summary>The DHIS2 organisation unit uid.</summary>
    public const string Dhis2Uid = "dhis2";
}
