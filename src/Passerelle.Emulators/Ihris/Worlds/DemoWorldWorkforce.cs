using System.Globalization;
using System.Text.Json.Nodes;
using Passerelle.Core.Workforce;
using Passerelle.DemoWorld.Model;

namespace Passerelle.Emulators.Ihris.Worlds;

/// <summary>The demo world's workers and roles as iHRIS 5 <c>Practitioner</c> (with the personal data a
/// real iHRIS holds, ihris.md §2.3) and <c>PractitionerRole</c> (ihris.md §2.4) resources.</summary>
internal static class DemoWorldWorkforce
{
    public static JsonObject ToPractitioner(DemoWorker worker, IhrisQuirks quirks, IReadOnlyList<string> locations)
    {
        var typeSystem = quirks.HasFlag(IhrisQuirks.WrongSystemUris) ? IhrisUrls.WrongIdentifierTypeSystem : IhrisUrls.IdentifierTypeSystem;
        var practitioner = new JsonObject
        {
            ["resourceType"] = "Practitioner",
            ["id"] = worker.Id,
            ["meta"] = new JsonObject { ["profile"] = new JsonArray(IhrisUrls.StructureDefinition + "ihris-practitioner") },
            ["extension"] = new JsonArray(
                new JsonObject
                {
                    ["url"] = IhrisUrls.NationalityExtension,
                    ["valueCoding"] = new JsonObject { ["system"] = "urn:iso:std:iso:3166", ["code"] = "SN" },
                },
                DemoWorldLocations.RelatedGroup(locations, worker.Id)),
            // iHRIS bulk registration types the national id as v2-0203 PRN (ihris.md §2.3).
            ["identifier"] = new JsonArray(new JsonObject
            {
                ["use"] = "official",
                ["type"] = new JsonObject
                {
                    ["coding"] = new JsonArray(DemoWorldLocations.Coding(typeSystem, "PRN", "Provider number")),
                    ["text"] = "National ID",
                },
                ["value"] = worker.NationalId,
            }),
            ["active"] = true,
            ["name"] = new JsonArray(new JsonObject
            {
                ["use"] = "official",
                ["text"] = worker.GivenName + " " + worker.FamilyName,
                ["family"] = worker.FamilyName,
                ["given"] = new JsonArray(worker.GivenName),
            }),
            ["telecom"] = new JsonArray(new JsonObject { ["system"] = "phone", ["value"] = worker.Phone, ["use"] = "mobile" }),
        };

        if (quirks.HasFlag(IhrisQuirks.EmptyStrings))
        {
            // iHRIS forms save untouched lists as empty arrays (demo bundle-Practitioner.json).
            practitioner["address"] = new JsonArray();
        }

        if (worker.Sex != Sex.Unknown)
        {
            practitioner["gender"] = worker.Sex == Sex.Female ? "female" : "male";
        }

        practitioner["birthDate"] = worker.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return practitioner;
    }

    public static JsonObject ToPractitionerRole(DemoRole role, IReadOnlyDictionary<string, IhrisJobRecord> jobs, IhrisQuirks quirks, IReadOnlyList<string> locations)
    {
        var extensions = new JsonArray();
        if (EmploymentStatusCodes.Of(role.EmploymentStatus) is var (code, display))
        {
            extensions.Add(new JsonObject
            {
                ["url"] = IhrisUrls.EmploymentStatusExtension,
                ["valueCoding"] = DemoWorldLocations.Coding(IhrisUrls.EmploymentStatusSystem, code, display),
            });
        }

        extensions.Add(DemoWorldLocations.RelatedGroup(locations, role.WorkerId));
        var resource = new JsonObject
        {
            ["resourceType"] = "PractitionerRole",
            ["id"] = role.Id,
            ["meta"] = new JsonObject { ["profile"] = new JsonArray(IhrisUrls.StructureDefinition + "ihris-practitioner-role") },
            ["extension"] = extensions,
            ["active"] = role.Active,
        };

        if (role.JobCode is { Length: > 0 } jobCode)
        {
            var concept = new JsonObject { ["coding"] = new JsonArray(DemoWorldLocations.Coding(IhrisUrls.JobSystem, jobCode, null)) };
            if (jobs.TryGetValue(jobCode, out var job))
            {
                concept["text"] = job.Display;
            }

            resource["code"] = new JsonArray(concept);
        }

        resource["practitioner"] = new JsonObject { ["reference"] = "Practitioner/" + role.WorkerId };
        if (role.LocationId is { Length: > 0 } locationId)
        {
            resource["location"] = new JsonArray(new JsonObject { ["reference"] = "Location/" + locationId });
        }
        else if (quirks.HasFlag(IhrisQuirks.EmptyStrings))
        {
            resource["location"] = new JsonArray(new JsonObject { ["reference"] = string.Empty });
        }

        var period = new JsonObject { ["start"] = role.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
        if (role.End is { } end)
        {
            period["end"] = end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        resource["period"] = period;
        return resource;
    }
}
