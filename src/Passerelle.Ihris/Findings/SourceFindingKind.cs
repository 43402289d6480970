namespace Passerelle.Ihris.Findings;

/// <summary>Data-quality problems a workforce source can show, kept for analysis.</summary>
public enum SourceFindingKind
{
    /// <summary>A role has no facility, or its location is not (under) a facility.</summary>
    WorkerWithoutFacility,

    /// <summary>A role or position carries no job code.</summary>
    PositionWithoutJob,

    /// <summary>A role's job code is not in the job catalogue.</summary>
    UnknownJobCode,

    /// <summary>A role is flagged active but its end date has passed.</summary>
    RoleEndedButActive,

    /// <summary>A worker holds several roles in post at once (counted once per cadre).</summary>
    WorkerWithSeveralRolesInPost,

    /// <summary>A role names no worker (e.g. a vacant post); it is left out.</summary>
    RoleWithoutWorker,

    /// <summary>A role points at a worker record the source does not return.</summary>
    WorkerRecordMissing,

    /// <summary>The same role appears more than once in the source; it is kept once.</summary>
    DuplicateRecord,
}
