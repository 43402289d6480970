using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Passerelle.Ihris.Manage4;
using Passerelle.Ihris.Tests.Manage4;
using Passerelle.Ihris.Tests.Support;
using Passerelle.Testing;

namespace Passerelle.Ihris.Tests.Privacy;

/// <summary>
/// Canary names, national ids, phone numbers and birth dates are planted in each source; nothing a
/// reader returns (serialised to JSON) and nothing it logs, at any level, may contain them.
/// </summary>
public sealed class CanaryTests(HippoDatabase database) : IClassFixture<HippoDatabase>
{
    [Fact]
    public async Task FhirSource_PractitionerWithCanaries_NothingReturnedOrLoggedContainsThem()
    {
        // Given the demo data plus a practitioner carrying canary personal data, with a role, edited recently
        var server = IhrisReference.DemoServer();
        server.Add(CanaryPractitioner());
        server.Add(new JsonObject
        {
            ["resourceType"] = "PractitionerRole",
            ["id"] = "PR-CANARY",
            ["meta"] = new JsonObject { ["lastUpdated"] = "2026-11-20T10:00:00.000+00:00" },
            ["active"] = true,
            ["practitioner"] = new JsonObject { ["reference"] = "Practitioner/P-CANARY" },
            ["location"] = new JsonArray { new JsonObject { ["reference"] = "Location/TF.W.RSH.1" } },
            ["code"] = new JsonArray { new JsonObject { ["coding"] = new JsonArray { new JsonObject { ["code"] = "2230-1B" } } } },
            ["period"] = new JsonObject { ["start"] = "2015-03-01" },
        });
        using var logs = new CapturingLoggerProvider();
        var source = IhrisReference.Source(server, logger: logs.CreateLogger<Passerelle.Ihris.Fhir.IhrisFhirSource>());

        // When everything is read, in full and incrementally
        var roles = await source.ReadRolesAsync(CancellationToken.None).ToListAsync();
        var facilities = await source.ReadFacilitiesAsync(CancellationToken.None).ToListAsync();
        var jobs = await source.ReadJobsAsync(CancellationToken.None);
        var changes = await source.ReadChangesAsync(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), CancellationToken.None);

        // Then the canary's role is there, with its year of birth, and no canary value anywhere
        var canary = Assert.Single(roles, r => r.RoleId == "PR-CANARY");
        Assert.Equal(1983, canary.BirthYear);
        Assert.Contains(changes.Changed, r => r.RoleId == "PR-CANARY");
        Assert.NotEmpty(logs.Lines);
        Canaries.AssertAbsent("la sortie FHIR / the FHIR output", roles, facilities, jobs, changes, source.Findings.All);
        Canaries.AssertAbsent("les journaux / the logs", logs.Text);
    }

    [MariaDbFact]
    public async Task HippoSqlSource_PersonWithCanaries_NothingReturnedOrLoggedContainsThem()
    {
        // Given the hippo_* tables with person|3 carrying canary names, id number, phones and birth date
        using var logs = new CapturingLoggerProvider();
        var source = new HippoSqlSource(
            new HippoSqlOptions { ConnectionString = database.ConnectionString },
            IhrisReference.Pseudonymizer,
            new FakeTimeProvider(IhrisReference.Now),
            logs.CreateLogger<HippoSqlSource>());

        // When everything is read
        var roles = await source.ReadRolesAsync(CancellationToken.None).ToListAsync();
        var facilities = await source.ReadFacilitiesAsync(CancellationToken.None).ToListAsync();
        var jobs = await source.ReadJobsAsync(CancellationToken.None);

        // Then person|3's roles are there and no canary value is in the output or the logs
        Assert.Contains(roles, r => r.WorkerPseudonym == IhrisReference.Pseudonymizer.Pseudonymize("ihris", "person|3") && r.BirthYear == 1983);
        Assert.NotEmpty(logs.Lines);
        Canaries.AssertAbsent("la sortie SQL / the SQL output", roles, facilities, jobs, source.Findings.All);
        Canaries.AssertAbsent("les journaux / the logs", logs.Text);
    }

    [Fact]
    public void AssertAbsent_TextWithCanary_Fails()
    {
        // Given an output leaking a planted phone number, the check itself must catch it
        var leaked = new { Note = $"appeler le {Canaries.Phone}" };

        // When it is checked, then it fails
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => Canaries.AssertAbsent("test", leaked));
    }

    private static JsonObject CanaryPractitioner() => new()
    {
        ["resourceType"] = "Practitioner",
        ["id"] = "P-CANARY",
        ["meta"] = new JsonObject { ["lastUpdated"] = "2026-11-20T10:00:00.000+00:00" },
        ["active"] = true,
        ["name"] = new JsonArray { new JsonObject { ["family"] = Canaries.FamilyName, ["given"] = new JsonArray { Canaries.GivenName }, ["text"] = $"{Canaries.GivenName} {Canaries.FamilyName}" } },
        ["identifier"] = new JsonArray
        {
            new JsonObject
            {
                ["type"] = new JsonObject { ["coding"] = new JsonArray { new JsonObject { ["system"] = "http://terminology.hl7.org/CodeSystem/v2-0203", ["code"] = "PRN" } } },
                ["value"] = Canaries.NationalId,
            },
        },
        ["telecom"] = new JsonArray
        {
            new JsonObject { ["system"] = "phone", ["value"] = Canaries.Phone },
            new JsonObject { ["system"] = "email", ["value"] = Canaries.Email },
        },
        ["address"] = new JsonArray { new JsonObject { ["line"] = new JsonArray { $"chez {Canaries.FamilyName}" }, ["city"] = "Dakar" } },
        ["gender"] = "female",
        ["birthDate"] = Canaries.BirthDate,
    };
}
