namespace Passerelle.HealthMap.Registry;

/// <summary>Whether a facility of the registry is working (« Statut » of the Carte sanitaire).</summary>
public enum FacilityOperationalStatus
{
    Unknown = 0,
    Open,
    Closed,
}
