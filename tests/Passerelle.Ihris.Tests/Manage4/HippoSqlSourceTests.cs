using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Passerelle.Core.Facilities;
using Passerelle.Core.Workforce;
using Passerelle.Ihris.Findings;
using Passerelle.Ihris.Manage4;
using Passerelle.Ihris.Tests.Support;
using Passerelle.Testing;

namespace Passerelle.Ihris.Tests.Manage4;

/// <summary>The iHRIS Manage 4 reader on a real MariaDB loaded with the reference hippo_* sample and the rows of <see cref="HippoDatabase"/>.</summary>
public sealed class HippoSqlSourceTests(HippoDatabase database) : IClassFixture<HippoDatabase>
{
    [MariaDbFact]
    public async Task ReadRolesAsync_SampleAndExtraRows_ReturnsEveryPositionAssignment()
    {
        // Given 2 assignments in the sample and 4 added
        var source = Source();

        // When the roles are read
        var roles = await source.ReadRolesAsync(CancellationToken.None).ToListAsync();

        // Then all 6 come, 5 of them in post today, held by 4 workers
        Assert.Equal(6, roles.Count);
        var inPost = roles.Where(r => r.IsInPostOn(new DateOnly(2026, 11, 25))).ToList();
        Assert.Equal(5, inPost.Count);
        Assert.Equal(4, inPost.Select(r => r.WorkerPseudonym).Distinct().Count());
    }

    [MariaDbFact]
    public async Task ReadRolesAsync_SampleMidwife_KeepsJobCadreSexAndBirthYearOnly()
    {
        // Given person|1, a midwife born 1985-04-12 at facility|10
        var source = Source();

        // When the roles are read
        var roles = await source.ReadRolesAsync(CancellationToken.None).ToListAsync();

        // Then her role carries the job, cadre, sex and year of birth, under a pseudonym
        var midwife = Assert.Single(roles, r => r.RoleId == "person_position|1");
        Assert.Equal(IhrisReference.Pseudonymizer.Pseudonymize("ihris", "person|1"), midwife.WorkerPseudonym);
        Assert.Equal(("SFE", "cadre|2", Sex.Female, 1985, "facility|10"), (midwife.JobCode, midwife.CadreCode, midwife.Sex, midwife.BirthYear, midwife.FacilitySourceId));
        Assert.True(midwife.Active);
    }

    [MariaDbFact]
    public async Task ReadRolesAsync_ZeroAndPastEndDates_FollowIhris4InPostRule()
    {
        // Given an end date of 0000-00-00 (blank in iHRIS 4) and one in 2018
        var source = Source();

        // When the roles are read
        var roles = await source.ReadRolesAsync(CancellationToken.None).ToListAsync();

        // Then the blank one is open and active, the past one is ended and not active
        var open = Assert.Single(roles, r => r.RoleId == "person_position|3");
        Assert.Null(open.End);
        Assert.True(open.Active);
        var ended = Assert.Single(roles, r => r.RoleId == "person_position|6");
        Assert.Equal(new DateOnly(2018, 12, 31), ended.End);
        Assert.False(ended.Active);
    }

    [MariaDbFact]
    public async Task ReadRolesAsync_InPostRoles_CountsByCadre()
    {
        // Given the in-post roles: one midwife, three nurse roles and one position without a job
        var source = Source();

        // When the roles are read and counted by cadre
        var roles = await source.ReadRolesAsync(CancellationToken.None).ToListAsync();
        var counts = roles.Where(r => r.IsInPostOn(new DateOnly(2026, 11, 25)))
            .GroupBy(r => r.CadreCode ?? "none").ToDictionary(g => g.Key, g => g.Count());

        // Then the counts match the rows
        Assert.Equal(new Dictionary<string, int> { ["cadre|1"] = 3, ["cadre|2"] = 1, ["none"] = 1 }, counts);
    }

    [MariaDbFact]
    public async Task ReadRolesAsync_FlawedRows_RecordsFindings()
    {
        // Given a position without a job and a worker in post in two positions
        var source = Source();

        // When the roles are read
        await source.ReadRolesAsync(CancellationToken.None).ToListAsync();

        // Then both are findings
        Assert.Contains(source.Findings.All, f => f is { Kind: SourceFindingKind.PositionWithoutJob, Subject: "person_position|5" });
        Assert.Contains(source.Findings.All, f => f.Kind == SourceFindingKind.WorkerWithSeveralRolesInPost
            && f.Subject == IhrisReference.Pseudonymizer.Pseudonymize("ihris", "person|3"));
    }

    [MariaDbFact]
    public async Task ReadFacilitiesAsync_FacilityInCounty_PlacedUnderDistrictAndRegion()
    {
        // Given facility|12 located in a county of district|1
        var source = Source();

        // When the facilities are read
        var facilities = await source.ReadFacilitiesAsync(CancellationToken.None).ToListAsync();

        // Then all three come, each under its district and region, with the pyramid level when the code says it
        Assert.Equal(["facility|10", "facility|11", "facility|12"], facilities.Select(f => f.SourceId));
        var zeta = facilities[2];
        Assert.Equal(("Case de santé Zeta", "District Sanitaire Beta", "Région Alpha"), (zeta.Name, zeta.District, zeta.Region));
        Assert.Equal(FacilityType.PosteDeSante, facilities[1].Type);
        Assert.Equal(SourceSystem.Ihris, zeta.Source);
    }

    [MariaDbFact]
    public async Task ReadJobsAsync_Sample_ReturnsJobsWithCadreNames()
    {
        // Given the sample's three jobs
        var source = Source();

        // When the job catalogue is read
        var jobs = await source.ReadJobsAsync(CancellationToken.None);

        // Then each has its cadre and the cadre's name
        Assert.Contains(new JobDefinition("IDE", "Infirmier d'Etat", "cadre|1", "INFIRMIER", null), jobs);
        Assert.Equal(3, jobs.Count);
    }

    [MariaDbFact]
    public async Task ReadRolesAsync_TablesMissing_ExplainsWhichTableAndServer()
    {
        // Given a database without the hippo_* tables
        var connection = await database.CreateEmptyDatabaseAsync();
        try
        {
            var source = new HippoSqlSource(new HippoSqlOptions { ConnectionString = connection }, IhrisReference.Pseudonymizer, new FakeTimeProvider(IhrisReference.Now), NullLogger<HippoSqlSource>.Instance);

            // When the roles are read, then the error names the table and the server, in French and English
            var error = await Assert.ThrowsAsync<IhrisSourceException>(() => source.ReadRolesAsync(CancellationToken.None).ToListAsync().AsTask());
            Assert.Contains("Lecture d'iHRIS 4 impossible", error.Message, StringComparison.Ordinal);
            Assert.Contains("cannot read iHRIS 4", error.Message, StringComparison.Ordinal);
            Assert.Contains("table hippo_job", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            await database.DropEmptyDatabaseAsync();
        }
    }

    private HippoSqlSource Source() =>
        new(new HippoSqlOptions { ConnectionString = database.ConnectionString }, IhrisReference.Pseudonymizer, new FakeTimeProvider(IhrisReference.Now), NullLogger<HippoSqlSource>.Instance);
}
