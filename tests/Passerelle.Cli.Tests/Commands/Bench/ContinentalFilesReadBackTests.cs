using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Passerelle.Core.Privacy;
using Passerelle.DemoWorld.Continental;
using Passerelle.HealthMap.Registry;
using Passerelle.Ihris.Manage4;

namespace Passerelle.Cli.Tests.Commands.Bench;

/// <summary>The continental files read back through the readers Passerelle runs on real files, with the counts written.</summary>
public sealed class ContinentalFilesReadBackTests : IDisposable
{
    private static readonly ContinentalWorld World = ContinentalWorld.Create(ContinentalWorldOptions.ForWorkers(2_000));

    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("passerelle-continental-");

    public void Dispose() => _directory.Delete(true);

    [Fact]
    public async Task RegistryFile_ReadByTheCarteSanitaireImporter_EveryRowLoadedNoneQuarantined()
    {
        // Given the registry of a continental world of 200 facilities
        var path = Path.Combine(_directory.FullName, "carte.csv");
        var written = World.WriteRegistry(path, CancellationToken.None);

        // When the Carte sanitaire importer checks it
        var result = await new RegistryImporter().CheckAsync(path, CancellationToken.None);

        // Then every row is loaded; the only findings are the continent's region and district names, unknown to Senegal's
        // reference lists, and the few coordinates left out on purpose (those given are inside Senegal, the reader's territory)
        Assert.Equal((200L, 200, 0), (written, result.RowsLoaded, result.RowsQuarantined));
        Assert.False(result.IsRefused);
        Assert.Subset(
            new HashSet<string>(["HM-REGION-UNKNOWN", "HM-DISTRICT-UNKNOWN", "HM-COORD-MISSING"], StringComparer.Ordinal),
            result.Findings.Where(f => f.Severity >= FindingSeverity.Warning).Select(f => f.Code).ToHashSet(StringComparer.Ordinal));
    }

    [Fact]
    public async Task WorkforceFile_ReadByTheIhris4CustomReportSource_EveryWorkerAndFacility()
    {
        // Given the iHRIS 4 export of the same world (2 000 workers at 200 facilities)
        var path = Path.Combine(_directory.FullName, "hr.csv");
        var written = World.WriteWorkforceReport(path, CancellationToken.None);
        var source = Source(path);

        // When the Custom Report reader reads facilities, jobs and roles
        var facilities = await source.ReadFacilitiesAsync(CancellationToken.None).CountAsync();
        var jobs = await source.ReadJobsAsync(CancellationToken.None);
        var roles = await source.ReadRolesAsync(CancellationToken.None).ToListAsync();

        // Then all are there: one role per worker, no duplicate, every role at a facility with a job
        Assert.Equal((2_000L, 200, 2_000), (written, facilities, roles.Count));
        Assert.InRange(jobs.Count, 10, 24);
        Assert.All(roles, r => Assert.NotNull(r.FacilitySourceId));
        Assert.DoesNotContain(source.Findings.All, f => f.Kind is Passerelle.Ihris.Findings.SourceFindingKind.DuplicateRecord);
    }

    private static CustomReportCsvSource Source(string path)
    {
        var options = new CustomReportOptions
        {
            Path = path,
            Columns = new CustomReportColumns
            {
                PersonId = WorkforceReportColumns.PersonId,
                FacilityCode = WorkforceReportColumns.FacilityCode,
                FacilityName = WorkforceReportColumns.FacilityName,
                CadreId = WorkforceReportColumns.CadreId,
                CadreName = WorkforceReportColumns.Cadre,
                JobId = WorkforceReportColumns.JobId,
                JobTitle = WorkforceReportColumns.Job,
                StartDate = WorkforceReportColumns.StartDate,
                EndDate = WorkforceReportColumns.EndDate,
            },
        };
        return new CustomReportCsvSource(options, new Pseudonymizer(new byte[32]), new FakeTimeProvider(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero)),
            NullLogger<CustomReportCsvSource>.Instance);
    }
}
