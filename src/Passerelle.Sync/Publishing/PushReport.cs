using Passerelle.Core.Publishing;
using Passerelle.Dhis2.Metadata;
using Passerelle.Dhis2.Push;

namespace Passerelle.Sync.Publishing;

/// <summary>What a push did, reconciled with what DHIS2 reported.</summary>
public sealed record PushReport(
    MetadataImportReport? Metadata,
    DataValueDiff Diff,
    bool DryRun,
    int ValuesSent,
    int ValuesDeleted,
    int Imported,
    int Updated,
    int Ignored,
    int Deleted,
    int ChunksSkippedAsAlreadyAcknowledged,
    IReadOnlyList<DataValueImportConflict> Conflicts)
{
    /// <summary>True when DHIS2 accounted for every value sent (imported + updated + ignored = sent).</summary>
    public bool IsReconciled => DryRun || Imported + Updated + Ignored == ValuesSent;

    /// <summary>Passerelle's metadata compared with what DHIS2 held before the import (added, changed, unchanged…).</summary>
    public MetadataPackageDiff? MetadataDiff { get; init; }

    /// <summary>The metadata package was the one the last successful run pushed: it was neither diffed nor imported again.</summary>
    public bool MetadataUnchanged { get; init; }

    /// <summary>The computed values were exactly those the push ledger says DHIS2 was last given: DHIS2 was not read.</summary>
    public bool LedgerUnchanged { get; init; }

    /// <summary>After a push: the values read back through <c>/api/analytics</c> compared with the computed ones.</summary>
    public ReadBackReport? ReadBack { get; init; }

    /// <summary>Dry run only: authorities the DHIS2 account lacks for a real push (a push fails on them before sending).</summary>
    public IReadOnlyList<string> MissingAuthorities { get; init; } = [];
}
