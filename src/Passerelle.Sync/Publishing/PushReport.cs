using Passerelle.Core.Publishing;
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
}
