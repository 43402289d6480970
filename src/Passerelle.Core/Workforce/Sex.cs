namespace Passerelle.Core.Workforce;

public enum Sex
{
    Unknown = 0,
    Female,
    Male,
}

public enum EmploymentStatus
{
    Unknown = 0,
    /// <summary>Fonctionnaire (civil servant).</summary>
    CivilServant,
    /// <summary>Contractuel (state contract).</summary>
    Contract,
    /// <summary>Recruited and paid locally (collectivité, comité de santé).</summary>
    Local,
    Volunteer,
    Other,
}
