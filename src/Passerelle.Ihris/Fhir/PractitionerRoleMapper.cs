using Hl7.Fhir.Model;
using Passerelle.Core.Privacy;
using Passerelle.Core.Workforce;
using Passerelle.Ihris.Findings;

namespace Passerelle.Ihris.Fhir;

/// <summary>Maps a PractitionerRole to a pseudonymised <see cref="WorkerRole"/> (ihris.md §2.4, §2.10).</summary>
internal sealed class PractitionerRoleMapper(
    Pseudonymizer pseudonymizer,
    LocationTree locations,
    JobCatalog jobs,
    IhrisFhirOptions options,
    SourceFindings findings,
    DateOnly today)
{
    internal const string SourceSystemName = "ihris";
    private const string JobSystemSuffix = "ihris-job";

    public static string? PractitionerId(PractitionerRole role) => FhirValues.ReferenceId(role.Practitioner);

    /// <summary>The role, or null when it names no worker (recorded as a finding).</summary>
    public WorkerRole? Map(PractitionerRole role, PractitionerTraits traits)
    {
        var roleId = FhirValues.Text(role.IdElement) ?? "?";
        var practitionerId = PractitionerId(role);
        if (practitionerId is null)
        {
            findings.Add(
                SourceFindingKind.RoleWithoutWorker,
                roleId,
                $"Rôle {roleId} sans agent (poste vacant ?) : ignoré",
                $"role {roleId} names no worker (vacant post?): left out");
            return null;
        }

        var jobCode = JobCode(role);
        var job = jobs.Find(jobCode);
        var start = FhirValues.Date(role.Period?.StartElement);
        var end = FhirValues.Date(role.Period?.EndElement);
        var vacant = string.Equals(FhirValues.ExtensionCode(role, "ihris-practitionerrole-position-status"), "vacant", StringComparison.OrdinalIgnoreCase);
        var active = !vacant && (FhirValues.Boolean(role.ActiveElement) ?? (end is null || end >= today));
        var locationId = role.Location.Select(FhirValues.ReferenceId).FirstOrDefault(id => id is not null);

        return new WorkerRole(
            pseudonymizer.Pseudonymize(SourceSystemName, practitionerId),
            roleId,
            locations.FacilityOf(locationId)?.Id,
            jobCode,
            role.Code.Select(c => FhirValues.Text(c.TextElement)).FirstOrDefault(t => t is not null) ?? job?.Display,
            job?.CadreCode ?? job?.ClassificationCode,
            traits.Sex,
            traits.BirthYear,
            EmploymentStatusOf(FhirValues.ExtensionCode(role, "ihris-practitionerrole-employment-status")),
            start,
            end,
            active);
    }

    private static string? JobCode(PractitionerRole role)
    {
        var codings = role.Code.SelectMany(c => c.Coding).ToList();
        var preferred = codings.FirstOrDefault(c => c.System?.EndsWith(JobSystemSuffix, StringComparison.OrdinalIgnoreCase) == true);
        return FhirValues.Text(preferred?.CodeElement) ?? codings.Select(c => FhirValues.Text(c.CodeElement)).FirstOrDefault(c => c is not null);
    }

    private EmploymentStatus EmploymentStatusOf(string? code) =>
        code is null ? EmploymentStatus.Unknown : options.EmploymentStatusMap.TryGetValue(code, out var status) ? status : EmploymentStatus.Other;
}
