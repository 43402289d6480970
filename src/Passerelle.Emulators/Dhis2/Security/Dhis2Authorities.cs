using Passerelle.Emulators.Dhis2.Api;

namespace Passerelle.Emulators.Dhis2.Security;

/// <summary>
/// The authorities DHIS2 checks (names from its schema descriptors and <c>Authorities</c> enum): creating objects of a
/// metadata type needs that type's <c>…_PUBLIC_ADD</c> or <c>…_PRIVATE_ADD</c>; <c>POST /api/dataValueSets</c> needs
/// <c>F_DATAVALUE_ADD</c> (<c>@PreAuthorize</c>, 403); analytics table generation needs <c>F_PERFORM_MAINTENANCE</c>.
/// </summary>
internal static class Dhis2Authorities
{
    public const string DataValueAdd = "F_DATAVALUE_ADD";

    public const string PerformMaintenance = "F_PERFORM_MAINTENANCE";

    private static readonly Dictionary<string, string[]> CreateByCollection = new(StringComparer.Ordinal)
    {
        ["organisationUnits"] = ["F_ORGANISATIONUNIT_ADD"],
        ["organisationUnitGroups"] = ["F_ORGUNITGROUP_PUBLIC_ADD", "F_ORGUNITGROUP_PRIVATE_ADD"],
        ["organisationUnitGroupSets"] = ["F_ORGUNITGROUPSET_PUBLIC_ADD", "F_ORGUNITGROUPSET_PRIVATE_ADD"],
        ["categoryOptions"] = ["F_CATEGORY_OPTION_PUBLIC_ADD", "F_CATEGORY_OPTION_PRIVATE_ADD"],
        ["categories"] = ["F_CATEGORY_PUBLIC_ADD", "F_CATEGORY_PRIVATE_ADD"],
        ["categoryCombos"] = ["F_CATEGORY_COMBO_PUBLIC_ADD", "F_CATEGORY_COMBO_PRIVATE_ADD"],
        ["dataElements"] = ["F_DATAELEMENT_PUBLIC_ADD", "F_DATAELEMENT_PRIVATE_ADD"],
        ["dataSets"] = ["F_DATASET_PUBLIC_ADD", "F_DATASET_PRIVATE_ADD"],
        ["indicatorTypes"] = ["F_INDICATORTYPE_ADD"],
        ["indicators"] = ["F_INDICATOR_PUBLIC_ADD", "F_INDICATOR_PRIVATE_ADD"],
        ["visualizations"] = ["F_VISUALIZATION_PUBLIC_ADD"],
        ["maps"] = ["F_MAP_PUBLIC_ADD"],
        ["dashboards"] = ["F_DASHBOARD_PUBLIC_ADD"],
    };

    /// <summary>Whether <paramref name="user"/> may create or update objects of <paramref name="collection"/>.</summary>
    public static bool CanWrite(Dhis2User user, string collection) =>
        !CreateByCollection.TryGetValue(collection, out var needed) ? user.HasAny("ALL") || user.HasAny("F_METADATA_MANAGE") : user.HasAny(needed);

    /// <summary>Throws the 403 DHIS2 answers when Spring Security's <c>@PreAuthorize</c> refuses the call.</summary>
    public static void Require(Dhis2User user, string authority)
    {
        if (!user.HasAny(authority))
        {
            throw new Dhis2ApiException(403, "Access is denied");
        }
    }
}
