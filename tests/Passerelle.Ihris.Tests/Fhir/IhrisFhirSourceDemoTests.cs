using System.Text.Json.Nodes;
using Passerelle.Core.Workforce;
using Passerelle.Ihris.Tests.Support;

namespace Passerelle.Ihris.Tests.Fhir;

/// <summary>The reader against the real iHRIS 5 demo bundles (1,007 practitioners, 1,008 roles).</summary>
public sealed class IhrisFhirSourceDemoTests
{
    [Fact]
    public async Task ReadRolesAsync_DemoBundles_ReturnsEveryRoleOnce()
    {
        // Given the demo bundles served 50 per page
        var source = IhrisReference.Source(IhrisReference.DemoServer());

        // When every role is read
        var roles = await source.ReadRolesAsync(CancellationToken.None).ToListAsync();

        // Then each of the 1,008 roles comes once
        Assert.Equal(RawRoles().Count, roles.Count);
        Assert.Equal(roles.Count, roles.Select(r => r.RoleId).Distinct().Count());
    }

    [Fact]
    public async Task ReadRolesAsync_DemoBundles_CountsByJobMatchRawJson()
    {
        // Given the counts by job computed straight from the raw bundle
        var expected = RawRoles()
            .GroupBy(r => r["code"]![0]!["coding"]![0]!["code"]!.GetValue<string>())
            .ToDictionary(g => g.Key, g => g.Count());
        var source = IhrisReference.Source(IhrisReference.DemoServer());

        // When the roles are read through the reader
        var roles = await source.ReadRolesAsync(CancellationToken.None).ToListAsync();

        // Then the reader's counts by job are the same
        var actual = roles.GroupBy(r => r.JobCode!).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(expected.OrderBy(p => p.Key), actual.OrderBy(p => p.Key));
    }

    [Fact]
    public async Task ReadRolesAsync_DemoBundles_CountsByCadreMatchJobCodeSystem()
    {
        // Given the cadre of each job read straight from the CodeSystem JSON (cadre, else classification)
        var jobs = JsonNode.Parse(File.ReadAllText(IhrisReference.Terminology("CodeSystem-ihris-job.json")))!["concept"]!.AsArray();
        string? Property(JsonNode concept, string code) => concept["property"]?.AsArray()
            .FirstOrDefault(p => p!["code"]!.GetValue<string>() == code)?["valueCoding"]?["code"]?.GetValue<string>();
        var cadreOfJob = jobs.ToDictionary(j => j!["code"]!.GetValue<string>(), j => Property(j!, "cadre") ?? Property(j!, "classification"));
        var expected = RawRoles()
            .GroupBy(r => cadreOfJob[r["code"]![0]!["coding"]![0]!["code"]!.GetValue<string>()] ?? "unmapped")
            .ToDictionary(g => g.Key, g => g.Count());
        var source = IhrisReference.Source(IhrisReference.DemoServer());

        // When the roles are read
        var roles = await source.ReadRolesAsync(CancellationToken.None).ToListAsync();

        // Then the counts by cadre agree, nurses included
        var actual = roles.GroupBy(r => r.CadreCode ?? "unmapped").ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(expected.OrderBy(p => p.Key), actual.OrderBy(p => p.Key));
        Assert.Equal(512, actual["nurse"]);
    }

    [Fact]
    public async Task ReadRolesAsync_DemoBundles_KeepsSexFromPractitioners()
    {
        // Given the sex of each role's practitioner in the raw bundle
        var gender = RawPractitioners().ToDictionary(p => p["id"]!.GetValue<string>(), p => p["gender"]?.GetValue<string>());
        var expectedFemale = RawRoles().Count(r => gender[r["practitioner"]!["reference"]!.GetValue<string>()[13..]] == "female");
        var source = IhrisReference.Source(IhrisReference.DemoServer());

        // When the roles are read
        var roles = await source.ReadRolesAsync(CancellationToken.None).ToListAsync();

        // Then as many roles are held by women, and missing genders stay unknown
        Assert.Equal(expectedFemale, roles.Count(r => r.Sex == Sex.Female));
        Assert.Contains(roles, r => r.Sex == Sex.Unknown);
    }

    [Fact]
    public async Task ReadRolesAsync_DemoBundles_PseudonymisesPractitionerIds()
    {
        // Given the demo role PR10016 held by practitioner P10014
        var source = IhrisReference.Source(IhrisReference.DemoServer());

        // When the roles are read
        var roles = await source.ReadRolesAsync(CancellationToken.None).ToListAsync();

        // Then the worker is known only by its keyed pseudonym
        var role = Assert.Single(roles, r => r.RoleId == "PR10016");
        Assert.Equal(IhrisReference.Pseudonymizer.Pseudonymize("ihris", "P10014"), role.WorkerPseudonym);
        Assert.DoesNotContain(roles, r => r.WorkerPseudonym.StartsWith('P'));
    }

    [Fact]
    public async Task ReadRolesAsync_DemoBundles_ResolvesFacilityOfEachRole()
    {
        // Given the demo roles, all pointing at facilities
        var source = IhrisReference.Source(IhrisReference.DemoServer());

        // When the roles are read
        var roles = await source.ReadRolesAsync(CancellationToken.None).ToListAsync();

        // Then 253 are at the Capital City hospital TF.CC.CAP.2, as in the raw bundle
        Assert.Equal(RawRoles().Count(r => r["location"]![0]!["reference"]!.GetValue<string>() == "Location/TF.CC.CAP.2"), roles.Count(r => r.FacilitySourceId == "TF.CC.CAP.2"));
        Assert.DoesNotContain(roles, r => r.FacilitySourceId is null);
    }

    [Fact]
    public async Task ReadFacilitiesAsync_DemoBundles_ReturnsFacilitiesWithRegionAndDistrict()
    {
        // Given the demo locations: 247 countries, 5 regions, 30 districts, 15 facilities
        var source = IhrisReference.Source(IhrisReference.DemoServer());

        // When the facilities are read
        var facilities = await source.ReadFacilitiesAsync(CancellationToken.None).ToListAsync();

        // Then only the 15 facilities come, each placed under its region and district
        Assert.Equal(15, facilities.Count);
        var rushonga = Assert.Single(facilities, f => f.SourceId == "TF.W.RSH.1");
        Assert.Equal("Rushonga Hospital", rushonga.Name);
        Assert.Equal("West", rushonga.Region);
        Assert.Equal(DistrictName("TF.W.RSH"), rushonga.District);
        Assert.Equal("HOSP", rushonga.TypeLabel);
    }

    private static string DistrictName(string id) =>
        JsonNode.Parse(File.ReadAllText(IhrisReference.Demo("bundle-District.json")))!["entry"]!.AsArray()
            .Select(e => e!["resource"]!)
            .Single(r => r["id"]!.GetValue<string>() == id)["name"]!.GetValue<string>();

    internal static List<JsonNode> RawRoles() => Raw("bundle-PractitionerRole.json");

    internal static List<JsonNode> RawPractitioners() => Raw("bundle-Practitioner.json");

    private static List<JsonNode> Raw(string file) =>
        [.. JsonNode.Parse(File.ReadAllText(IhrisReference.Demo(file)))!["entry"]!.AsArray().Select(e => e!["resource"]!)];
}
