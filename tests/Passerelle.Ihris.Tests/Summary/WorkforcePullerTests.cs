using System.Text.Json.Nodes;
using Passerelle.Ihris.Findings;
using Passerelle.Ihris.Summary;
using Passerelle.Ihris.Tests.Fhir;
using Passerelle.Ihris.Tests.Support;

namespace Passerelle.Ihris.Tests.Summary;

public sealed class WorkforcePullerTests
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(IhrisReference.Now.UtcDateTime);

    [Fact]
    public async Task PullAsync_DemoBundles_CountsWorkersInPostByCadreLikeRawJson()
    {
        // Given the workers in post by cadre computed from the raw bundles (active, no end or end ≥ today)
        var jobs = JsonNode.Parse(File.ReadAllText(IhrisReference.Terminology("CodeSystem-ihris-job.json")))!["concept"]!.AsArray();
        string? Property(JsonNode concept, string code) => concept["property"]?.AsArray()
            .FirstOrDefault(p => p!["code"]!.GetValue<string>() == code)?["valueCoding"]?["code"]?.GetValue<string>();
        var cadreOfJob = jobs.ToDictionary(j => j!["code"]!.GetValue<string>(), j => Property(j!, "cadre") ?? Property(j!, "classification") ?? WorkforcePullSummary.Unmapped);
        var expected = IhrisFhirSourceDemoTests.RawRoles()
            .Where(r => r["period"]!["end"] is null || DateOnly.Parse(r["period"]!["end"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture) >= Today)
            .GroupBy(r => cadreOfJob[r["code"]![0]!["coding"]![0]!["code"]!.GetValue<string>()])
            .ToDictionary(g => g.Key, g => g.Select(r => r["practitioner"]!["reference"]!.GetValue<string>()).Distinct().Count());
        var source = IhrisReference.Source(IhrisReference.DemoServer());

        // When the source is pulled
        var summary = await WorkforcePuller.PullAsync(source, Today);

        // Then the summary's workers by cadre agree, and the totals add up
        Assert.Equal(expected.OrderBy(p => p.Key), summary.ByCadre.ToDictionary(c => c.CadreCode, c => c.Workers).OrderBy(p => p.Key));
        Assert.Equal(1008, summary.Roles);
        Assert.Equal(1008 - 13, summary.RolesInPost);
        Assert.Equal(15, summary.Facilities);
        Assert.Equal(51, summary.Jobs);
        Assert.Equal("Nurse", summary.ByCadre.Single(c => c.CadreCode == "nurse").Display);
    }

    [Fact]
    public async Task PullAsync_DemoBundles_ReportsFindingsAndJobTitles()
    {
        // Given the demo bundles
        var source = IhrisReference.Source(IhrisReference.DemoServer());

        // When the source is pulled
        var summary = await WorkforcePuller.PullAsync(source, Today);

        // Then the 13 ended-but-active roles are in the summary, and jobs keep their titles
        Assert.Equal(13, summary.FindingCounts[SourceFindingKind.RoleEndedButActive]);
        var nurses = summary.ByJob.First();
        Assert.Equal(("2230-1B", "Nurse", "nurse"), (nurses.JobCode, nurses.Title, nurses.CadreCode));
    }
}
