using System.Globalization;
using Passerelle.Core.Facilities;
using Passerelle.Core.Workforce;
using Passerelle.DemoWorld.Generation;
using Passerelle.DemoWorld.Naming;
using Passerelle.DemoWorld.Randomness;

namespace Passerelle.DemoWorld.Continental;

/// <summary>
/// Writes the continent's workforce as an iHRIS Manage 4 Custom Report CSV export, as Senegal's iHRIS hands it
/// over: a first line of markup with an unbalanced quote, quoted rows with <c>form|key</c> ids, a last line
/// <c>&lt;/table&gt;</c> (reference/ihris/ihris.md §3.4). One row per worker, one worker per role; about one in
/// twenty roles has ended. Facility after facility, nothing is kept.
/// </summary>
internal static class WorkforceReportWriter
{
    private static readonly (string Item, double Weight)[] HutJobs =
        [(JobCatalogue.CommunityHealthWorker, 0.5), (JobCatalogue.CommunityRelay, 0.3), (JobCatalogue.Matron, 0.2)];

    private static readonly (string Item, double Weight)[] PostJobs =
    [
        (JobCatalogue.Nurse, 0.2), (JobCatalogue.Midwife, 0.15), (JobCatalogue.AssistantNurse, 0.15), (JobCatalogue.HealthAgent, 0.1),
        (JobCatalogue.CommunityHealthWorker, 0.15), (JobCatalogue.Matron, 0.15), (JobCatalogue.CareAssistant, 0.1),
    ];

    private static readonly (string Item, double Weight)[] CentreJobs =
    [
        (JobCatalogue.GeneralPractitioner, 0.08), (JobCatalogue.Midwife, 0.15), (JobCatalogue.SeniorMidwife, 0.03), (JobCatalogue.Nurse, 0.2),
        (JobCatalogue.HeadNurse, 0.03), (JobCatalogue.AssistantNurse, 0.12), (JobCatalogue.LaboratoryTechnician, 0.05),
        (JobCatalogue.CareAssistant, 0.14), (JobCatalogue.Pharmacist, 0.02), (JobCatalogue.Secretary, 0.06), (JobCatalogue.Accountant, 0.03),
        (JobCatalogue.Driver, 0.05), (JobCatalogue.AnaesthesiaTechnician, 0.02), (JobCatalogue.ImagingTechnician, 0.02),
    ];

    private static readonly (string Item, double Weight)[] HospitalJobs =
    [
        .. CentreJobs, (JobCatalogue.Gynaecologist, 0.02), (JobCatalogue.Surgeon, 0.02), (JobCatalogue.Paediatrician, 0.02), (JobCatalogue.Anaesthetist, 0.01),
    ];

    private static readonly (string Item, double Weight)[] PrivateJobs =
        [(JobCatalogue.GeneralPractitioner, 0.25), (JobCatalogue.Nurse, 0.3), (JobCatalogue.Midwife, 0.15), (JobCatalogue.CareAssistant, 0.2), (JobCatalogue.Secretary, 0.1)];

    private static readonly Dictionary<string, IhrisJob> Jobs = JobCatalogue.All.ToDictionary(
        j => j.Code, j => new IhrisJob($"job|{j.Code}", j.Display, j.CadreCode, j.CadreCode is { } c ? NationalCadres.ByCode(c)?.French : null), StringComparer.Ordinal);

    /// <summary>Writes the report to <paramref name="path"/>; returns the workers written.</summary>
    public static long Write(ContinentalLayout layout, ContinentalWorldOptions options, string path, CancellationToken cancellationToken)
    {
        using var csv = new CsvLineWriter(path, ',', quoteAll: true, byteOrderMark: false);
        csv.WriteRaw("<table id='1764115200 name='HR_Export'>");
        foreach (var column in WorkforceReportColumns.All)
        {
            csv.Field(column);
        }

        csv.EndLine();
        var reference = ReferenceDate(options);
        var written = 0L;
        foreach (var district in layout.Districts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var facility in ContinentalFacilityGenerator.Generate(district, options))
            {
                written += WriteFacility(csv, facility, options.Seed, reference);
            }
        }

        csv.WriteRaw("</table>");
        return written;
    }

    private static int WriteFacility(CsvLineWriter csv, ContinentalFacility facility, int seed, DateOnly reference)
    {
        var random = SeededRandom.For(seed, string.Create(CultureInfo.InvariantCulture, $"continental/workforce/{facility.Index}"));
        var jobs = JobsAt(facility.Type);
        for (var w = 0; w < facility.Workers; w++)
        {
            // The first worker of a post is its head nurse; of a centre or hospital, its doctor.
            var code = w == 0 ? facility.Type switch
            {
                FacilityType.PosteDeSante => JobCatalogue.HeadOfPostNurse,
                FacilityType.CentreDeSanteType1 => JobCatalogue.DistrictChiefDoctor,
                FacilityType.EpsNiveau1 => JobCatalogue.GeneralPractitioner,
                _ => random.PickWeighted(jobs),
            } : random.PickWeighted(jobs);
            var job = Jobs[code];
            var female = code is JobCatalogue.Midwife or JobCatalogue.SeniorMidwife or JobCatalogue.Matron ? random.Chance(0.97) : random.Chance(0.45);
            var sex = female ? Sex.Female : Sex.Male;
            var birth = new DateOnly(random.Next(1962, 2001), random.Next(1, 13), random.Next(1, 29));
            var start = new DateOnly(Math.Max(birth.Year + 20, random.Next(1990, reference.Year + 1)), random.Next(1, 13), random.Next(1, 29));
            DateOnly? end = random.Chance(0.05) ? MinDate(start.AddDays(random.Next(30, 3000)), reference.AddDays(-1)) : null;
            csv.Field(string.Create(CultureInfo.InvariantCulture, $"person|{facility.FirstWorker + w + 1}"));
            csv.Field(PersonNames.Given(random, sex));
            csv.Field(PersonNames.Family(random, facility.District.Flavour));
            csv.Field(facility.IhrisId);
            csv.Field(facility.IhrisName);
            csv.Field(job.CadreCode);
            csv.Field(job.CadreName);
            csv.Field(job.Id);
            csv.Field(job.Title);
            csv.Field(female ? "gender|F" : "gender|M");
            csv.Field(Date(birth));
            csv.Field(Date(start));
            csv.Field(end is { } e ? Date(e) : null);
            csv.Field(facility.District.Region);
            csv.Field(facility.District.Name);
            csv.EndLine();
        }

        return facility.Workers;
    }

    private static (string Item, double Weight)[] JobsAt(FacilityType type) => type switch
    {
        FacilityType.CaseDeSante => HutJobs,
        FacilityType.PosteDeSante => PostJobs,
        FacilityType.CentreDeSanteType1 => CentreJobs,
        FacilityType.EpsNiveau1 => HospitalJobs,
        _ => PrivateJobs,
    };

    /// <summary>The last day of the last month of service data: roles are in post or ended by then.</summary>
    public static DateOnly ReferenceDate(ContinentalWorldOptions options)
    {
        var period = int.Parse(options.LastPeriod, CultureInfo.InvariantCulture);
        return new DateOnly(period / 100, period % 100, 1).AddMonths(1).AddDays(-1);
    }

    private static DateOnly MinDate(DateOnly a, DateOnly b) => a < b ? a : b;

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed record IhrisJob(string Id, string Title, string? CadreCode, string? CadreName);
}
