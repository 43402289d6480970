using Passerelle.Dhis2.Metadata;

namespace Passerelle.Dhis2.Security;

/// <summary>
/// The authorities DHIS2 checks for what Passerelle does (names from DHIS2's schema descriptors and its
/// <c>Authorities</c> enum): per metadata type "add" authorities for <c>/api/metadata</c> (refused objects come back
/// as E3000 error reports), <c>F_DATAVALUE_ADD</c> for <c>/api/dataValueSets</c> (403), <c>F_PERFORM_MAINTENANCE</c>
/// for <c>/api/resourceTables/analytics</c> (403).
/// </summary>
public static class Dhis2Authorities
{
    public static Dhis2RequiredAuthority DataValuePush { get; } =
        new(["F_DATAVALUE_ADD"], "envoyer des valeurs de données", "push data values");

    public static Dhis2RequiredAuthority AnalyticsTables { get; } =
        new(["F_PERFORM_MAINTENANCE"], "générer les tables d'analyse", "generate the analytics tables");

    /// <summary>One authority per metadata type the package creates or updates.</summary>
    public static IReadOnlyList<Dhis2RequiredAuthority> ForPackage(Dhis2MetadataPackage package)
    {
        ArgumentNullException.ThrowIfNull(package);
        var needed = new List<Dhis2RequiredAuthority>();
        void Need(bool present, string[] anyOf, string french, string english)
        {
            if (present)
            {
                needed.Add(new Dhis2RequiredAuthority(anyOf, $"créer ou modifier des {french}", $"create or update {english}"));
            }
        }

        Need(package.CategoryOptions.Count > 0, ["F_CATEGORY_OPTION_PUBLIC_ADD", "F_CATEGORY_OPTION_PRIVATE_ADD"], "options de catégorie", "category options");
        Need(package.Categories.Count > 0, ["F_CATEGORY_PUBLIC_ADD", "F_CATEGORY_PRIVATE_ADD"], "catégories", "categories");
        Need(package.CategoryCombos.Count > 0, ["F_CATEGORY_COMBO_PUBLIC_ADD", "F_CATEGORY_COMBO_PRIVATE_ADD"], "combinaisons de catégories", "category combos");
        Need(package.DataElements.Count > 0, ["F_DATAELEMENT_PUBLIC_ADD", "F_DATAELEMENT_PRIVATE_ADD"], "éléments de données", "data elements");
        Need(package.DataSets.Count > 0, ["F_DATASET_PUBLIC_ADD", "F_DATASET_PRIVATE_ADD"], "ensembles de données", "data sets");
        Need(package.IndicatorTypes.Count > 0, ["F_INDICATORTYPE_ADD"], "types d'indicateurs", "indicator types");
        Need(package.Indicators.Count > 0, ["F_INDICATOR_PUBLIC_ADD", "F_INDICATOR_PRIVATE_ADD"], "indicateurs", "indicators");
        Need(package.OrganisationUnitGroups.Count > 0, ["F_ORGUNITGROUP_PUBLIC_ADD", "F_ORGUNITGROUP_PRIVATE_ADD"], "groupes d'unités", "org unit groups");
        Need(package.OrganisationUnitGroupSets.Count > 0, ["F_ORGUNITGROUPSET_PUBLIC_ADD", "F_ORGUNITGROUPSET_PRIVATE_ADD"], "ensembles de groupes d'unités", "org unit group sets");
        Need(package.Visualizations.Count > 0, ["F_VISUALIZATION_PUBLIC_ADD"], "visualisations", "visualizations");
        Need(package.Maps.Count > 0, ["F_MAP_PUBLIC_ADD"], "cartes", "maps");
        Need(package.Dashboards.Count > 0, ["F_DASHBOARD_PUBLIC_ADD"], "tableaux de bord", "dashboards");
        return needed;
    }
}
