using Passerelle.Core.Facilities;
using Passerelle.Core.Workforce;
using Passerelle.Ihris.Findings;

namespace Passerelle.Ihris;

/// <summary>
/// A workforce source (iHRIS 5 over FHIR, iHRIS Manage 4 cache tables or Custom Report CSV), read
/// with personal data already stripped: every worker id is pseudonymised before it leaves the reader.
/// One instance serves one pull: reference data (locations, jobs) is read once and reused.
/// </summary>
public interface IWorkforceSource
{
    /// <summary>Short name for messages and the audit log (e.g. <c>iHRIS 5 (FHIR)</c>).</summary>
    string Description { get; }

    /// <summary>Data-quality findings gathered by the reads done so far.</summary>
    SourceFindings Findings { get; }

    /// <summary>Every facility the source knows, with its region and district names.</summary>
    IAsyncEnumerable<SourceFacility> ReadFacilitiesAsync(CancellationToken cancellationToken);

    /// <summary>Every worker role (current and past), pseudonymised, each once.</summary>
    IAsyncEnumerable<WorkerRole> ReadRolesAsync(CancellationToken cancellationToken);

    /// <summary>The job catalogue with each job's cadre, when the source states one.</summary>
    Task<IReadOnlyList<JobDefinition>> ReadJobsAsync(CancellationToken cancellationToken);
}

/// <summary>A source that can list what changed since a watermark (iHRIS 5: <c>_lastUpdated</c> and <c>_history</c>).</summary>
public interface IIncrementalWorkforceSource : IWorkforceSource
{
    /// <summary>Roles created or changed after <paramref name="since"/>, and roles deleted since then.</summary>
    Task<WorkforceChanges> ReadChangesAsync(DateTimeOffset since, CancellationToken cancellationToken);
}
