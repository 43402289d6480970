namespace Passerelle.Ihris.Findings;

/// <summary>Names of finding kinds for people, French first.</summary>
public static class SourceFindingLabels
{
    public static string French(this SourceFindingKind kind) => kind switch
    {
        SourceFindingKind.WorkerWithoutFacility => "Agents sans structure de santé",
        SourceFindingKind.PositionWithoutJob => "Postes sans emploi",
        SourceFindingKind.UnknownJobCode => "Codes emploi inconnus",
        SourceFindingKind.RoleEndedButActive => "Rôles terminés mais encore actifs",
        SourceFindingKind.WorkerWithSeveralRolesInPost => "Agents en poste sur plusieurs rôles",
        SourceFindingKind.RoleWithoutWorker => "Rôles sans agent",
        SourceFindingKind.WorkerRecordMissing => "Fiches d'agent introuvables",
        SourceFindingKind.DuplicateRecord => "Enregistrements en double",
        _ => kind.ToString(),
    };

    public static string English(this SourceFindingKind kind) => kind switch
    {
        SourceFindingKind.WorkerWithoutFacility => "Workers without a facility",
        SourceFindingKind.PositionWithoutJob => "Positions without a job",
        SourceFindingKind.UnknownJobCode => "Unknown job codes",
        SourceFindingKind.RoleEndedButActive => "Roles ended but still active",
        SourceFindingKind.WorkerWithSeveralRolesInPost => "Workers in post in several roles",
        SourceFindingKind.RoleWithoutWorker => "Roles without a worker",
        SourceFindingKind.WorkerRecordMissing => "Worker records missing",
        SourceFindingKind.DuplicateRecord => "Duplicate records",
        _ => kind.ToString(),
    };
}
