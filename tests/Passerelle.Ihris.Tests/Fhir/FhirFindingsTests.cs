using System.Text.Json.Nodes;
using Passerelle.Ihris.Findings;
using Passerelle.Ihris.Tests.Support;

namespace Passerelle.Ihris.Tests.Fhir;

public sealed class FhirFindingsTests
{
    [Fact]
    public async Task ReadRolesAsync_DemoBundles_FindsTheThirteenEndedRolesStillActive()
    {
        // Given the demo bundle, where 13 roles have an end date in the past and active=true
        var source = IhrisReference.Source(IhrisReference.DemoServer());

        // When the roles are read
        await source.ReadRolesAsync(CancellationToken.None).ToListAsync();

        // Then each is a finding, and the rest of the demo is clean
        Assert.Equal(13, source.Findings.Count(SourceFindingKind.RoleEndedButActive));
        Assert.Contains(source.Findings.All, f => f.Subject == "PR10026" && f.French.Contains("terminé le 2019-02-04", StringComparison.Ordinal));
        Assert.Equal(0, source.Findings.Count(SourceFindingKind.WorkerWithSeveralRolesInPost));
        Assert.Equal(0, source.Findings.Count(SourceFindingKind.UnknownJobCode));
    }

    [Fact]
    public async Task ReadRolesAsync_FlawedRoles_RecordsEachKindOfFinding()
    {
        // Given roles with no job, an unknown job, a district instead of a facility, no worker,
        // a missing worker record, and a second role in post for P10004
        var server = IhrisReference.DemoServer();
        server.Add(Role("X1", "P10004", "TF.W.RSH.1", job: null));
        server.Add(Role("X2", "P10005", "TF.W.RSH.1", job: "9999-ZZ"));
        server.Add(Role("X3", "P10006", "TF.W.RSH", job: "2230-1B"));
        server.Add(Role("X4", null, "TF.W.RSH.1", job: "2230-1B"));
        server.Add(Role("X5", "P-GONE", "TF.W.RSH.1", job: "2230-1B"));
        var source = IhrisReference.Source(server);

        // When the roles are read
        var roles = await source.ReadRolesAsync(CancellationToken.None).ToListAsync();

        // Then every flaw is a finding, and only the role without a worker is left out
        var findings = source.Findings;
        Assert.Contains(findings.All, f => f is { Kind: SourceFindingKind.PositionWithoutJob, Subject: "X1" });
        Assert.Contains(findings.All, f => f is { Kind: SourceFindingKind.UnknownJobCode, Subject: "9999-ZZ" });
        Assert.Contains(findings.All, f => f is { Kind: SourceFindingKind.WorkerWithoutFacility, Subject: "X3" });
        Assert.Contains(findings.All, f => f is { Kind: SourceFindingKind.RoleWithoutWorker, Subject: "X4" });
        Assert.Contains(findings.All, f => f is { Kind: SourceFindingKind.WorkerRecordMissing, Subject: "X5" });
        Assert.Contains(findings.All, f => f.Kind == SourceFindingKind.WorkerWithSeveralRolesInPost
            && f.Subject == IhrisReference.Pseudonymizer.Pseudonymize("ihris", "P10004"));
        Assert.DoesNotContain(roles, r => r.RoleId == "X4");
        Assert.Contains(roles, r => r.RoleId == "X5");
    }

    private static JsonObject Role(string id, string? practitioner, string location, string? job)
    {
        var role = new JsonObject
        {
            ["resourceType"] = "PractitionerRole",
            ["id"] = id,
            ["active"] = true,
            ["location"] = new JsonArray { new JsonObject { ["reference"] = $"Location/{location}" } },
            ["period"] = new JsonObject { ["start"] = "2020-01-01" },
        };
        if (practitioner is not null)
        {
            role["practitioner"] = new JsonObject { ["reference"] = $"Practitioner/{practitioner}" };
        }

        if (job is not null)
        {
            role["code"] = new JsonArray { new JsonObject { ["coding"] = new JsonArray { new JsonObject { ["system"] = "http://ihris.org/fhir/CodeSystem/ihris-job", ["code"] = job } } } };
        }

        return role;
    }
}
