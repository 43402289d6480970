using System.Text.Json.Nodes;
using Passerelle.Emulators.Ihris.Search;

namespace Passerelle.Emulators.Ihris;

/// <summary><c>GET [base]/metadata</c>: a CapabilityStatement shaped as HAPI 6.8 (the image iHRIS's
/// docker-compose uses) writes it, listing what this emulator really supports.</summary>
internal static class IhrisCapabilityStatement
{
    public static JsonObject Build(string baseUrl, DateTimeOffset now)
    {
        var resources = new JsonArray();
        foreach (var type in SearchParameters.ResourceTypes.Order(StringComparer.Ordinal))
        {
            var searchParams = new JsonArray();
            foreach (var name in SearchParameters.Names(type))
            {
                var parameter = SearchParameters.Find(type, name)!;
                searchParams.Add(new JsonObject { ["name"] = name, ["type"] = parameter.Type.ToString().ToLowerInvariant() });
            }

            resources.Add(new JsonObject
            {
                ["type"] = type,
                ["profile"] = "http://hl7.org/fhir/StructureDefinition/" + type,
                ["interaction"] = new JsonArray(
                    new JsonObject { ["code"] = "read" },
                    new JsonObject { ["code"] = "search-type" },
                    new JsonObject { ["code"] = "history-type" }),
                ["versioning"] = "versioned-update",
                ["readHistory"] = true,
                ["searchInclude"] = new JsonArray(IncludesOf(type).Select(i => (JsonNode)JsonValue.Create(i)!).ToArray()),
                ["searchParam"] = searchParams,
            });
        }

        return new JsonObject
        {
            ["resourceType"] = "CapabilityStatement",
            ["id"] = "passerelle-ihris-emulator",
            ["name"] = "RestServer",
            ["status"] = "active",
            ["date"] = FhirInstant.Format(now),
            ["publisher"] = "Not provided",
            ["kind"] = "instance",
            ["software"] = new JsonObject { ["name"] = "HAPI FHIR Server", ["version"] = "6.8.0" },
            ["implementation"] = new JsonObject { ["description"] = "HAPI FHIR (Passerelle iHRIS 5 emulator)", ["url"] = baseUrl },
            ["fhirVersion"] = "4.0.1",
            ["format"] = new JsonArray("application/fhir+json", "json"),
            ["rest"] = new JsonArray(new JsonObject
            {
                ["mode"] = "server",
                ["resource"] = resources,
                ["interaction"] = new JsonArray(new JsonObject { ["code"] = "history-system" }),
            }),
        };
    }

    private static IEnumerable<string> IncludesOf(string type) => type switch
    {
        "PractitionerRole" => ["*", "PractitionerRole:location", "PractitionerRole:practitioner"],
        "Location" => ["*", "Location:organization", "Location:partof"],
        "Organization" => ["*", "Organization:partof"],
        _ => ["*"],
    };
}
