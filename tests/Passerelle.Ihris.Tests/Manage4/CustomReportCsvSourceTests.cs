using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Passerelle.Core.Workforce;
using Passerelle.Ihris.Findings;
using Passerelle.Ihris.Manage4;
using Passerelle.Ihris.Tests.Support;

namespace Passerelle.Ihris.Tests.Manage4;

public sealed class CustomReportCsvSourceTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("passerelle-ihris-csv-").FullName;

    [Fact]
    public async Task ReadRolesAsync_ReferenceExport_SkipsMarkupLinesAndReadsEveryRow()
    {
        // Given the reference export, wrapped in <table …> and </table> lines
        var source = Source(new CustomReportOptions { Path = IhrisReference.Synthetic("ihris4-customreport-export-hr_report.csv") });

        // When the roles are read
        var roles = await source.ReadRolesAsync(CancellationToken.None).ToListAsync();

        // Then the three staff rows come, with their cadre and facility, pseudonymised
        Assert.Equal(["cadre|2", "cadre|1", "cadre|3"], roles.Select(r => r.CadreCode));
        Assert.Equal(IhrisReference.Pseudonymizer.Pseudonymize("ihris", "person|1"), roles[0].WorkerPseudonym);
        Assert.Equal("Centre de santé Gamma", roles[0].FacilitySourceId);
    }

    [Fact]
    public async Task ReadFacilitiesAsync_ReferenceExport_ReturnsEachFacilityOnce()
    {
        // Given the reference export, where two of three rows share a facility and codes are blank
        var source = Source(new CustomReportOptions { Path = IhrisReference.Synthetic("ihris4-customreport-export-hr_report.csv") });

        // When the facilities are read
        var facilities = await source.ReadFacilitiesAsync(CancellationToken.None).ToListAsync();

        // Then each comes once, known by its name
        Assert.Equal(["Centre de santé Gamma", "Poste de santé Delta"], facilities.Select(f => f.SourceId));
    }

    [Fact]
    public async Task ReadRolesAsync_ReportWithoutPersonColumn_ListsMissingAndPresentColumns()
    {
        // Given the real DRC cadre list export, which is not a staff report
        var source = Source(new CustomReportOptions { Path = IhrisReference.File("ihris4", "wfc-ihris-cadre_report.csv") });

        // When it is read as staff, then the error names the file, the missing column and those present
        var error = await Assert.ThrowsAsync<IhrisSourceException>(() => source.ReadRolesAsync(CancellationToken.None).ToListAsync().AsTask());
        Assert.Contains("Colonnes absentes", error.Message, StringComparison.Ordinal);
        Assert.Contains("columns missing", error.Message, StringComparison.Ordinal);
        Assert.Contains("PersonId", error.Message, StringComparison.Ordinal);
        Assert.Contains("présentes : ID, Nom", error.Message, StringComparison.Ordinal);
        Assert.Contains("wfc-ihris-cadre_report.csv", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadRolesAsync_MissingFile_SaysFileNotFound()
    {
        // Given a path with no file
        var source = Source(new CustomReportOptions { Path = Path.Combine(_folder, "absent.csv") });

        // When the roles are read, then the error says so with the path
        var error = await Assert.ThrowsAsync<IhrisSourceException>(() => source.ReadRolesAsync(CancellationToken.None).ToListAsync().AsTask());
        Assert.Equal($"Fichier introuvable / file not found: {Path.Combine(_folder, "absent.csv")}", error.Message);
    }

    [Fact]
    public async Task ReadRolesAsync_SiteColumns_KeepsSexBirthYearJobAndDates()
    {
        // Given a site report with job, sex, birth date and dates columns, and a repeated row
        var source = Source(SiteReport());

        // When the roles are read
        var roles = await source.ReadRolesAsync(CancellationToken.None).ToListAsync();

        // Then sex, year of birth and dates are kept, and the repeated row counted once
        Assert.Equal(3, roles.Count);
        var first = roles[0];
        Assert.Equal(("job|1", Sex.Female, 1983, new DateOnly(2016, 5, 1)), (first.JobCode, first.Sex, first.BirthYear, first.Start!.Value));
        var ended = Assert.Single(roles, r => r.End is not null);
        Assert.False(ended.Active);
        Assert.Equal(1, source.Findings.Count(SourceFindingKind.DuplicateRecord));
    }

    [Fact]
    public async Task ReadRolesAsync_SiteReportWithCanaries_ReturnsNoPersonalData()
    {
        // Given a report whose rows carry names, a national id, a phone and a birth date
        var source = Source(SiteReport());

        // When roles, facilities, jobs and findings are read
        var roles = await source.ReadRolesAsync(CancellationToken.None).ToListAsync();
        var facilities = await source.ReadFacilitiesAsync(CancellationToken.None).ToListAsync();
        var jobs = await source.ReadJobsAsync(CancellationToken.None);

        // Then none of that personal data is in anything returned
        Canaries.AssertAbsent("la sortie CSV / the CSV output", roles, facilities, jobs, source.Findings.All);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private CustomReportOptions SiteReport()
    {
        var path = Path.Combine(_folder, "staff.csv");
        File.WriteAllText(path, $"""
            <table id='1532617522 name='Personnel'>
            "PersonId","Firstname","Surname","NationalId","Phone","BirthDate","Gender","facility_code","Facility Name","JobId","Job","CadreId","Cadre","StartDate","EndDate"
            "person|7","{Canaries.GivenName}","{Canaries.FamilyName}","{Canaries.NationalId}","{Canaries.Phone}","{Canaries.BirthDate} 00:00:00","gender|F","facility|10","Centre de santé Gamma","job|1","Infirmier d'Etat","cadre|1","INFIRMIER","2016-05-01 00:00:00",""
            "person|7","{Canaries.GivenName}","{Canaries.FamilyName}","{Canaries.NationalId}","{Canaries.Phone}","{Canaries.BirthDate} 00:00:00","gender|F","facility|10","Centre de santé Gamma","job|1","Infirmier d'Etat","cadre|1","INFIRMIER","2016-05-01 00:00:00",""
            "person|8","Awa","NDIAYE","","","1990-02-03","gender|F","facility|11","Poste de santé Delta","job|2","Sage-femme","cadre|2","SAGE-FEMME","2015-01-01","2020-06-30"
            "person|9","Moussa","FALL","","","","gender|M","facility|11","Poste de santé Delta","job|1","Infirmier d'Etat","cadre|1","INFIRMIER","2021-01-01",""
            </table>
            """);
        return new CustomReportOptions
        {
            Path = path,
            Columns = new CustomReportColumns
            {
                JobId = "JobId",
                JobTitle = "Job",
                Gender = "Gender",
                BirthDate = "BirthDate",
                StartDate = "StartDate",
                EndDate = "EndDate",
            },
        };
    }

    private static CustomReportCsvSource Source(CustomReportOptions options) =>
        new(options, IhrisReference.Pseudonymizer, new FakeTimeProvider(IhrisReference.Now), NullLogger<CustomReportCsvSource>.Instance);
}
