using System.Text.Json.Nodes;
using Passerelle.DemoWorld.Model;

namespace Passerelle.Emulators.Ihris.Worlds;

/// <summary>The demo world's iHRIS locations as iHRIS 5 <c>Location</c> resources: jurisdictions
/// (profile <c>ihris-jurisdiction</c>, physicalType <c>jdn</c>) and facilities (profile
/// <c>ihris-facility</c>, physicalType <c>bu</c>, <c>dhis2Id</c> identifier, position), after
/// reference/ihris/ihris.md §2.5 and the demo files <c>bundle-Region.json</c> and <c>sample_facilty.json</c>.</summary>
internal static class DemoWorldLocations
{
    public static JsonObject ToLocation(IhrisLocationRecord record, IhrisQuirks quirks, IReadOnlyList<string> ancestry)
    {
        var wrong = quirks.HasFlag(IhrisQuirks.WrongSystemUris);
        var empty = quirks.HasFlag(IhrisQuirks.EmptyStrings);
        var location = new JsonObject
        {
            ["resourceType"] = "Location",
            ["id"] = record.Id,
            ["meta"] = new JsonObject
            {
                ["profile"] = new JsonArray(IhrisUrls.StructureDefinition + (record.IsFacility ? "ihris-facility" : "ihris-jurisdiction")),
            },
            ["extension"] = new JsonArray(RelatedGroup(ancestry, practitionerId: null)),
            ["name"] = record.Name,
            ["status"] = "active",
        };

        if (record.IsFacility && record.Dhis2Id is { Length: > 0 })
        {
            location["identifier"] = new JsonArray(new JsonObject
            {
                ["type"] = new JsonObject
                {
                    ["coding"] = new JsonArray(Coding(wrong ? IhrisUrls.WrongFacilityIdentifierSystem : IhrisUrls.FacilityIdentifierSystem, "dhis2Id", "DHIS2 ID")),
                },
                ["value"] = record.Dhis2Id,
            });
        }

        var typeSystem = record.IsFacility
            ? IhrisUrls.FacilityTypeSystem
            : wrong ? IhrisUrls.WrongJurisdictionTypeSystem : IhrisUrls.JurisdictionTypeSystem;
        if (record.TypeCode is { Length: > 0 } typeCode)
        {
            location["type"] = new JsonArray(new JsonObject
            {
                ["coding"] = new JsonArray(Coding(typeSystem, typeCode, null)),
                ["text"] = typeCode,
            });
        }

        location["physicalType"] = new JsonObject
        {
            ["coding"] = new JsonArray(Coding(wrong ? IhrisUrls.WrongPhysicalTypeSystem : IhrisUrls.PhysicalTypeSystem,
                record.IsFacility ? "bu" : "jdn", null)),
            ["text"] = record.IsFacility ? "Building" : "Jurisdiction",
        };

        if (record.Location is { } point)
        {
            location["position"] = new JsonObject { ["longitude"] = point.Longitude, ["latitude"] = point.Latitude };
        }
        else if (record.IsFacility && empty)
        {
            location["position"] = new JsonObject { ["longitude"] = string.Empty, ["latitude"] = string.Empty };
        }

        if (record.PartOfId is { Length: > 0 } parent)
        {
            location["partOf"] = new JsonObject { ["reference"] = "Location/" + parent };
        }
        else if (empty)
        {
            location["partOf"] = new JsonObject { ["reference"] = string.Empty };
        }

        return location;
    }

    /// <summary>iHRIS's security tag (ihris.md §2.7): <c>Location/{id}</c> for the location and every ancestor.</summary>
    public static JsonObject RelatedGroup(IReadOnlyList<string> locationIds, string? practitionerId)
    {
        var parts = new JsonArray();
        foreach (var id in locationIds)
        {
            parts.Add(new JsonObject { ["url"] = "location", ["valueString"] = "Location/" + id });
        }

        if (practitionerId is not null)
        {
            parts.Add(new JsonObject { ["url"] = "practitioner", ["valueString"] = "Practitioner/" + practitionerId });
        }

        return new JsonObject { ["url"] = IhrisUrls.RelatedGroupExtension, ["extension"] = parts };
    }

    /// <summary>A location and its ancestors through <c>partOf</c>, nearest first.</summary>
    public static IReadOnlyList<string> Ancestry(string locationId, IReadOnlyDictionary<string, IhrisLocationRecord> byId)
    {
        var chain = new List<string>();
        for (var id = locationId; id is not null && byId.TryGetValue(id, out var record) && !chain.Contains(id); id = record.PartOfId)
        {
            chain.Add(id);
        }

        return chain.Count == 0 ? [locationId] : chain;
    }

    public static JsonObject Coding(string system, string code, string? display)
    {
        var coding = new JsonObject { ["system"] = system, ["code"] = code };
        if (display is not null)
        {
            coding["display"] = display;
        }

        return coding;
    }
}
