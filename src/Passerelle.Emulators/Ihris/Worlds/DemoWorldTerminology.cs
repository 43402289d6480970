using System.Text.Json.Nodes;
using Passerelle.Core.Workforce;
using Passerelle.DemoWorld.Model;

namespace Passerelle.Emulators.Ihris.Worlds;

/// <summary>The demo world's job list as iHRIS's <c>ihris-job</c> CodeSystem (with its <c>cadre</c>
/// property), plus the <c>ihris-cadre</c> and employment status CodeSystems (ihris.md §2.6; shape of
/// reference/ihris/data/ihris5-terminology/CodeSystem-ihris-job.json).</summary>
internal static class DemoWorldTerminology
{
    public static JsonObject JobCodeSystem(IReadOnlyList<IhrisJobRecord> jobs, IhrisQuirks quirks)
    {
        // The demo CodeSystem writes the cadre under the classification system (ihris.md §2.6 data bug).
        var cadreSystem = quirks.HasFlag(IhrisQuirks.WrongSystemUris) ? IhrisUrls.ClassificationSystem : IhrisUrls.CadreSystem;
        var concepts = new JsonArray();
        foreach (var job in jobs)
        {
            var concept = new JsonObject { ["code"] = job.Code, ["display"] = job.Display };
            if (job.CadreCode is { Length: > 0 } cadre)
            {
                concept["property"] = new JsonArray(new JsonObject
                {
                    ["code"] = "cadre",
                    ["valueCoding"] = new JsonObject { ["code"] = cadre, ["system"] = cadreSystem },
                });
            }

            concepts.Add(concept);
        }

        var codeSystem = Header("ihris-job", "IhrisJob", "iHRIS Job", IhrisUrls.JobSystem, concepts.Count);
        codeSystem["property"] = new JsonArray(new JsonObject
        {
            ["code"] = "cadre",
            ["uri"] = "http://ihris.org/fhir/ValueSet/ihris-cadre",
            ["description"] = "The cadre of this job.",
            ["type"] = "Coding",
        });
        codeSystem["concept"] = concepts;
        return codeSystem;
    }

    public static JsonObject CadreCodeSystem(IReadOnlyList<IhrisJobRecord> jobs)
    {
        var concepts = new JsonArray();
        foreach (var code in jobs.Select(j => j.CadreCode).OfType<string>().Where(c => c.Length > 0).Distinct().Order(StringComparer.Ordinal))
        {
            concepts.Add(new JsonObject { ["code"] = code, ["display"] = NationalCadres.ByCode(code)?.French ?? code });
        }

        var codeSystem = Header("ihris-cadre", "IhrisCadre", "iHRIS Cadre", IhrisUrls.CadreSystem, concepts.Count);
        codeSystem["concept"] = concepts;
        return codeSystem;
    }

    /// <summary>iHRIS's four employment statuses, extended with the Senegal ones the demo world uses
    /// (a site customises this CodeSystem; codes are configuration, ihris.md §1).</summary>
    public static JsonObject EmploymentStatusCodeSystem()
    {
        var concepts = new JsonArray();
        foreach (var (code, display) in EmploymentStatusCodes.All)
        {
            concepts.Add(new JsonObject { ["code"] = code, ["display"] = display });
        }

        var codeSystem = Header("ihris-employment-status-codesystem", "IhrisEmploymentStatusCodeSystem",
            "iHRIS Employment Status CodeSystem", IhrisUrls.EmploymentStatusSystem, concepts.Count);
        codeSystem["concept"] = concepts;
        return codeSystem;
    }

    private static JsonObject Header(string id, string name, string title, string url, int count) => new()
    {
        ["resourceType"] = "CodeSystem",
        ["id"] = id,
        ["url"] = url,
        ["name"] = name,
        ["title"] = title,
        ["status"] = "active",
        ["content"] = "complete",
        ["publisher"] = "iHRIS Foundation",
        ["count"] = count,
    };
}
