using Hl7.Fhir.Model;
using Passerelle.Core.Geography;

namespace Passerelle.Ihris.Fhir;

/// <summary>
/// Turns a FHIR Location into a <see cref="LocationNode"/> with the classification rule of
/// ihris.md §2.5: facility by profile, mCSD facility type, configured type or <c>physicalType=bu</c>;
/// otherwise a jurisdiction whose level comes from its type code, then its profile.
/// </summary>
internal sealed class LocationReader(IhrisFhirOptions options)
{
    private const string McsdFacilityCode = "urn:ihe:iti:mcsd:2019:facility";

    public LocationNode? Read(Location location)
    {
        var id = FhirValues.Text(location.IdElement);
        if (id is null)
        {
            return null;
        }

        var profiles = location.Meta?.ProfileElement.Select(FhirValues.Text).OfType<string>().ToList() ?? [];
        var typeCodes = FhirValues.Codes(location.Type).ToList();
        var physical = FhirValues.Codes(location.PhysicalType).ToList();
        var isFacility =
            profiles.Any(p => p.EndsWith("ihris-facility", StringComparison.OrdinalIgnoreCase) || p.EndsWith("FacilityLocation", StringComparison.OrdinalIgnoreCase))
            || typeCodes.Any(c => c is McsdFacilityCode or "facility" || options.FacilityTypeCodes.Contains(c, StringComparer.OrdinalIgnoreCase))
            || physical.Contains("bu", StringComparer.OrdinalIgnoreCase);

        return new LocationNode(
            id,
            FhirValues.Text(location.NameElement) ?? id,
            FhirValues.ReferenceId(location.PartOf),
            isFacility,
            isFacility ? null : JurisdictionLevel(typeCodes, profiles),
            typeCodes,
            isFacility ? TypeLabel(location) : null,
            IdentifierValue(location, "dhis2Id"),
            IdentifierValue(location, "mfrId"),
            Position(location));
    }

    private static string? JurisdictionLevel(List<string> typeCodes, List<string> profiles)
    {
        if (typeCodes.Count > 0)
        {
            return typeCodes[0].ToLowerInvariant();
        }

        var profile = profiles.Select(p => p[(p.LastIndexOf('/') + 1)..])
            .FirstOrDefault(p => p.StartsWith("ihris-", StringComparison.OrdinalIgnoreCase) && !p.Equals("ihris-jurisdiction", StringComparison.OrdinalIgnoreCase));
        return profile?["ihris-".Length..].ToLowerInvariant();
    }

    private static string? TypeLabel(Location location) =>
        location.Type
            .Where(type => !FhirValues.Codes(type).Contains(McsdFacilityCode))
            .Select(type => FhirValues.Text(type.TextElement) ?? type.Coding.Select(c => FhirValues.Text(c.DisplayElement) ?? FhirValues.Text(c.CodeElement)).FirstOrDefault(t => t is not null))
            .FirstOrDefault(label => label is not null);

    private static string? IdentifierValue(Location location, string typeCode) =>
        location.Identifier
            .Where(identifier => FhirValues.Codes(identifier.Type).Contains(typeCode, StringComparer.OrdinalIgnoreCase))
            .Select(identifier => FhirValues.Text(identifier.ValueElement))
            .FirstOrDefault(value => value is not null);

    private static GeoPoint? Position(Location location)
    {
        if (location.Position is not { } position)
        {
            return null;
        }

        var latitude = FhirValues.Number(position.LatitudeElement);
        var longitude = FhirValues.Number(position.LongitudeElement);
        if (latitude is null || longitude is null)
        {
            return null;
        }

        var point = new GeoPoint(latitude.Value, longitude.Value);
        return point.IsValid ? point : null;
    }
}
