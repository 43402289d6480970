using Microsoft.Extensions.Logging;
using Passerelle.Core.Storage;
using Passerelle.Sync.Analysis;
using Passerelle.Sync.Composition;
using Passerelle.Sync.Operations;
using Passerelle.Sync.Publishing;

namespace Passerelle.Sync.Pipeline;

/// <summary>What to run.</summary>
/// <param name="DryRun">Validate metadata and compute the diff, write nothing into DHIS2.</param>
/// <param name="DiffCsv">Where to write the data value diff as CSV, if anywhere.</param>
/// <param name="Publisher">How to publish (authority check, analytics read-back); null for the defaults.</param>
/// <param name="Period">Period to push; null for the period of the reference date.</param>
/// <param name="Full">Do everything again, trusting nothing remembered: read every iHRIS role even when the source can list only what
/// changed since the last successful run, read every DHIS2 service value of the year even when DHIS2 can list only what changed, re-run
/// the alignment and the analysis even when their inputs are unchanged, and compare with what DHIS2 itself
/// holds (metadata re-imported, every value read back and diffed) — the check that catches changes made by hand in DHIS2.</param>
public sealed record SyncRunOptions(bool Pull = true, bool Align = true, bool Analyze = true, bool Push = true, bool DryRun = false, string? DiffCsv = null, string Actor = "system",
    PublisherOptions? Publisher = null, string? Period = null, bool Full = false);

/// <summary>What a run did, for the summary people read.</summary>
public sealed record SyncReport(
    Guid RunId,
    DateOnly ReferenceDate,
    string Period,
    IReadOnlyDictionary<string, StageOutcome> Stages,
    StaffingResult? Staffing,
    PushReport? Push,
    int SourceFindings = 0,
    WorkforcePullMode? WorkforcePull = null);

/// <summary>
/// One <c>sync</c>: pull (Carte sanitaire, DHIS2, iHRIS) → align → analyse → push. Every stage reads
/// from and writes to the warehouse and is recorded in the run ledger and the audit log.
/// </summary>
public sealed class SyncRunner(SyncSession session, ISyncProgress progress)
{
    public async Task<SyncReport> RunAsync(SyncRunOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var warehouse = session.Warehouse;
        var time = session.Time;
        var runId = Guid.NewGuid();
        var referenceDate = session.Config.Scope.ReferenceDate ?? DefaultReferenceDate(time);
        var period = options.Period ?? AnalyzeStage.PeriodOf(referenceDate);
        var scope = new ScopeFilter(session.Config.Scope.Regions);
        var plan = session.Config.AnalysisPlan is { Length: > 0 } planFile ? Plan.AnalysisPlanLoader.Load(planFile) : Plan.AnalysisPlanLoader.LoadShipped();
        await warehouse.Runs.StartRunAsync(new RunStart(runId, "sync", time.GetUtcNow()), cancellationToken);
        var runner = new StageRunner(warehouse, runId, progress, session.Loggers.CreateLogger<SyncRunner>());
        var stages = new Dictionary<string, StageOutcome>(StringComparer.Ordinal);
        StaffingResult? staffing = null;
        PushReport? push = null;
        var findings = 0;
        WorkforcePullMode? workforcePull = null;
        try
        {
            if (options.Pull)
            {
                var registry = new RegistryStage(session.Config, warehouse, scope, runId, time);
                stages[RegistryStage.Name] = await runner.RunAsync(RegistryStage.Name, "Carte sanitaire", registry.RunAsync, cancellationToken);
                stages[Dhis2PullStage.Name] = await runner.RunAsync(Dhis2PullStage.Name, "DHIS2 : unités d'organisation",
                    ct => new Dhis2PullStage(session.Dhis2, warehouse, scope, plan.ServiceDataElements(), referenceDate,
                        options.Full ? null : new RunFingerprints(warehouse, runId, time)).RunAsync(ct), cancellationToken);
                var ihris = new IhrisPullStage(session.Workforce, warehouse, scope, time, runId, options.Full);
                stages[IhrisPullStage.Name] = await runner.RunAsync(IhrisPullStage.Name, "iHRIS : structures et personnel", ihris.RunAsync, cancellationToken);
                findings = registry.FindingsRecorded + ihris.FindingsRecorded;
                workforcePull = ihris.Mode;
                await AuditAsync(options.Actor, "pull", "sources", $"runId={runId}", cancellationToken);
            }

            if (options.Align)
            {
                stages[AlignStage.Name] = await runner.RunAsync(AlignStage.Name, "Alignement des structures",
                    ct => new AlignStage(warehouse, time, fingerprints: options.Full ? null : new RunFingerprints(warehouse, runId, time)).RunAsync(ct), cancellationToken);
            }

            if (options.Analyze)
            {
                var analyze = new AnalyzeStage(warehouse, referenceDate, plan, session.Config.Privacy.SmallCellThreshold,
                    options.Full ? null : new RunFingerprints(warehouse, runId, time));
                stages[AnalyzeStage.Name] = await runner.RunAsync(AnalyzeStage.Name, "Analyse des effectifs", analyze.RunAsync, cancellationToken);
                staffing = analyze.Result;
            }

            if (options.Push)
            {
                var publisher = new Dhis2Publisher(session.Dhis2, warehouse, new Uri(session.Config.Dhis2.Url), session.Config.Dhis2.ChunkSize, time,
                    (options.Publisher ?? PublisherOptions.Default) with { VerifyDhis2 = options.Full || (options.Publisher?.VerifyDhis2 ?? false) });
                stages[Dhis2Publisher.Name] = await runner.RunAsync(Dhis2Publisher.Name, options.DryRun ? "DHIS2 : simulation" : "DHIS2 : publication", async ct =>
                {
                    push = await publisher.PublishAsync(period, runId, options.DryRun, options.DiffCsv, ct);
                    if (push.Conflicts.Count > 0)
                    {
                        throw new SyncStageException(Dhis2Publisher.Name, Passerelle.Dhis2.Push.RejectedValuesMessage.Describe(
                            push.ValuesSent, push.Imported, push.Updated, push.Ignored, push.Conflicts));
                    }

                    if (!push.IsReconciled)
                    {
                        throw new SyncStageException(Dhis2Publisher.Name, $"comptes non réconciliés / counts not reconciled: envoyées / sent {push.ValuesSent}, DHIS2 {push.Imported + push.Updated + push.Ignored}");
                    }

                    var d = push.Diff;
                    return new StageOutcome(d.Added.Count + d.Changed.Count + d.Unchanged.Count + d.Removed.Count, push.ValuesSent + push.ValuesDeleted, push.Ignored,
                        $"{d.Added.Count} ajoutées, {d.Changed.Count} modifiées, {d.Unchanged.Count} inchangées, {d.Removed.Count} supprimées",
                        $"{d.Added.Count} added, {d.Changed.Count} changed, {d.Unchanged.Count} unchanged, {d.Removed.Count} removed");
                }, cancellationToken);
                await AuditAsync(options.Actor, options.DryRun ? "push-dry-run" : "push", "dataValueSet", $"runId={runId};sent={push?.ValuesSent}", cancellationToken);
            }

            // Retention: pseudonymised staging rows older than the configured period go (audited).
            await new StagingRetention(warehouse, time).PurgeAsync(session.Config.Privacy.StagingRetentionDays, options.Actor, runId, cancellationToken);
            await warehouse.Runs.FinishRunAsync(runId, RunStatus.Succeeded, time.GetUtcNow(), null, CancellationToken.None);
        }
        catch (Exception e)
        {
            var cancelled = e is OperationCanceledException;
            await warehouse.Runs.FinishRunAsync(runId, cancelled ? RunStatus.Cancelled : RunStatus.Failed, time.GetUtcNow(),
                cancelled ? "annulée : arrêt demandé (SIGTERM, Ctrl+C) / cancelled: stop requested (SIGTERM, Ctrl+C)" : e.Message, CancellationToken.None);
            throw;
        }

        return new SyncReport(runId, referenceDate, period, stages, staffing, push, findings, workforcePull);
    }

    /// <summary>The last day of the previous month.</summary>
    public static DateOnly DefaultReferenceDate(TimeProvider time)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        return new DateOnly(today.Year, today.Month, 1).AddDays(-1);
    }

    private Task AuditAsync(string actor, string action, string objectType, string details, CancellationToken cancellationToken) =>
        session.Warehouse.Audit.AppendAsync(new AuditEvent(session.Time.GetUtcNow(), actor, action, objectType, null, details), cancellationToken);
}
