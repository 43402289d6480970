using Passerelle.Core.Facilities;
using Passerelle.HealthMap.Registry;

namespace Passerelle.HealthMap.Mapping;

/// <summary>The headers seen in Carte sanitaire extracts, DHIS2/MFL exports and English facility lists.</summary>
internal static class DefaultColumnMapping
{
    public static ColumnMapping Create() => new(
        new Dictionary<RegistryField, IReadOnlyList<string>>
        {
            [RegistryField.Code] =
            [
                "Code", "Code structure", "Code de la structure", "Code établissement", "Code FOSA", "Code sanitaire",
                "Code MFL", "Identifiant", "ID", "Facility code", "Facility ID", "Code formation sanitaire",
            ],
            [RegistryField.Name] =
            [
                "Nom de la structure", "Nom structure", "Nom", "Structure", "Nom de l'établissement", "Établissement",
                "Nom FOSA", "Formation sanitaire", "Nom de la formation sanitaire", "Facility name", "Name", "Facility",
                "Health facility",
            ],
            [RegistryField.Type] =
            [
                "Type", "Type de structure", "Type structure", "Type d'établissement", "Catégorie", "Niveau",
                "Facility type", "Type of facility", "Level",
            ],
            [RegistryField.Ownership] =
            [
                "Statut juridique", "Statut juridique de la structure", "Secteur", "Appartenance", "Propriété",
                "Ownership", "Managing authority", "Authority", "Sector",
            ],
            [RegistryField.Region] = ["Région", "Région médicale", "RM", "Region name"],
            [RegistryField.Department] = ["Département", "Department", "Departement"],
            [RegistryField.District] = ["District sanitaire", "District", "DS", "Health district", "District de santé"],
            [RegistryField.Latitude] = ["Latitude", "Lat", "Y", "GPS latitude", "Coordonnée Y", "Latitude (Y)"],
            [RegistryField.Longitude] = ["Longitude", "Long", "Lon", "Lng", "X", "GPS longitude", "Coordonnée X"],
            [RegistryField.CatchmentPopulation] =
            [
                "Population desservie", "Population", "Population de la zone de responsabilité",
                "Population de l'aire de responsabilité", "Population aire de responsabilité", "Population cible",
                "Catchment population", "Population served",
            ],
            [RegistryField.Status] =
            [
                "Statut", "État", "Etat", "Statut fonctionnel", "Fonctionnalité", "Fonctionnel", "Operational status",
                "Status",
            ],
        },
        new Dictionary<string, FacilityType>(),
        new Dictionary<string, Ownership>(),
        new Dictionary<string, FacilityOperationalStatus>(),
        "correspondance par défaut (en-têtes de la Carte sanitaire) / default mapping (Carte sanitaire headers)");
}
