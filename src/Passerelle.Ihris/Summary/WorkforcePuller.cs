using Passerelle.Core.Facilities;
using Passerelle.Core.Workforce;

namespace Passerelle.Ihris.Summary;

/// <summary>Reads a whole workforce source once and summarises it (the <c>passerelle pull ihris</c> command).</summary>
public static class WorkforcePuller
{
    /// <param name="onRole">Called with each role as it arrives (e.g. to store it); the puller keeps none of them.</param>
    /// <param name="onFacility">Called with each facility as it arrives.</param>
    public static async Task<WorkforcePullSummary> PullAsync(
        IWorkforceSource source,
        DateOnly referenceDate,
        Action<WorkerRole>? onRole = null,
        Action<SourceFacility>? onFacility = null,
        CancellationToken cancellationToken = default)
    {
        var jobs = await source.ReadJobsAsync(cancellationToken);
        var facilities = 0;
        await foreach (var facility in source.ReadFacilitiesAsync(cancellationToken))
        {
            facilities++;
            onFacility?.Invoke(facility);
        }

        var builder = new WorkforceSummaryBuilder(referenceDate, jobs);
        await foreach (var role in source.ReadRolesAsync(cancellationToken))
        {
            builder.Add(role);
            onRole?.Invoke(role);
        }

        return builder.Build(source, facilities);
    }
}
