namespace Passerelle.Emulators.Dhis2.Metadata;

/// <summary>
/// The metadata types the emulator knows, in DHIS2's import order, and which properties reference which
/// collection (web-api.md §4–§5; required properties from the CORE 2.40 hbm not-null columns).
/// </summary>
internal static class MetadataSchema
{
    private static readonly MetadataType[] Known =
    [
        new("attributes", "org.hisp.dhis.attribute.Attribute", ["name", "valueType"]),
        new("constants", "org.hisp.dhis.constant.Constant", ["name", "value"]),
        new("userRoles", "org.hisp.dhis.user.UserRole", ["name"]),
        new("userGroups", "org.hisp.dhis.user.UserGroup", ["name"]),
        new("users", "org.hisp.dhis.user.User", []),
        new("organisationUnitLevels", "org.hisp.dhis.organisationunit.OrganisationUnitLevel", ["name", "level"]),
        new("organisationUnits", "org.hisp.dhis.organisationunit.OrganisationUnit", ["name", "shortName", "openingDate"]),
        new("organisationUnitGroups", "org.hisp.dhis.organisationunit.OrganisationUnitGroup", ["name", "shortName"]),
        new("organisationUnitGroupSets", "org.hisp.dhis.organisationunit.OrganisationUnitGroupSet", ["name", "shortName"]),
        new("optionSets", "org.hisp.dhis.option.OptionSet", ["name", "valueType"]),
        new("options", "org.hisp.dhis.option.Option", ["name", "code"]),
        new("legendSets", "org.hisp.dhis.legend.LegendSet", ["name"]),
        new("categoryOptions", "org.hisp.dhis.category.CategoryOption", ["name", "shortName"]),
        new("categories", "org.hisp.dhis.category.Category", ["name", "dataDimensionType"]),
        new("categoryCombos", "org.hisp.dhis.category.CategoryCombo", ["name", "dataDimensionType"]),
        new("categoryOptionCombos", "org.hisp.dhis.category.CategoryOptionCombo", []),
        new("categoryOptionGroups", "org.hisp.dhis.category.CategoryOptionGroup", ["name", "shortName"]),
        new("categoryOptionGroupSets", "org.hisp.dhis.category.CategoryOptionGroupSet", ["name"]),
        new("dataElements", "org.hisp.dhis.dataelement.DataElement", ["name", "shortName", "valueType", "domainType", "aggregationType"]),
        new("dataElementGroups", "org.hisp.dhis.dataelement.DataElementGroup", ["name", "shortName"]),
        new("dataElementGroupSets", "org.hisp.dhis.dataelement.DataElementGroupSet", ["name", "shortName"]),
        new("indicatorTypes", "org.hisp.dhis.indicator.IndicatorType", ["name", "factor"]),
        new("indicators", "org.hisp.dhis.indicator.Indicator", ["name", "shortName", "numerator", "denominator", "indicatorType"]),
        new("indicatorGroups", "org.hisp.dhis.indicator.IndicatorGroup", ["name"]),
        new("indicatorGroupSets", "org.hisp.dhis.indicator.IndicatorGroupSet", ["name"]),
        new("dataSets", "org.hisp.dhis.dataset.DataSet", ["name", "periodType"]),
        new("validationRules", "org.hisp.dhis.validation.ValidationRule", ["name", "operator", "leftSide", "rightSide"]),
        new("validationRuleGroups", "org.hisp.dhis.validation.ValidationRuleGroup", ["name"]),
        new("trackedEntityTypes", "org.hisp.dhis.trackedentity.TrackedEntityType", ["name"]),
        new("expressionDimensionItems", "org.hisp.dhis.expressiondimensionitem.ExpressionDimensionItem", ["name", "expression"]),
        new("visualizations", "org.hisp.dhis.visualization.Visualization", ["name", "type"]),
        new("maps", "org.hisp.dhis.mapping.Map", ["name"]),
        new("dashboards", "org.hisp.dhis.dashboard.Dashboard", ["name"]),
    ];

    private static readonly Dictionary<string, MetadataType> ByCollection =
        Known.ToDictionary(t => t.Collection, StringComparer.Ordinal);

    /// <summary>Reference property ⇒ target collection, valid in every type.</summary>
    private static readonly Dictionary<string, string> References = new(StringComparer.Ordinal)
    {
        ["parent"] = "organisationUnits",
        ["children"] = "organisationUnits",
        ["ancestors"] = "organisationUnits",
        ["organisationUnit"] = "organisationUnits",
        ["organisationUnits"] = "organisationUnits",
        ["organisationUnitGroups"] = "organisationUnitGroups",
        ["dataElement"] = "dataElements",
        ["dataElements"] = "dataElements",
        ["dataSet"] = "dataSets",
        ["dataSets"] = "dataSets",
        ["categoryCombo"] = "categoryCombos",
        ["categoryOptionCombo"] = "categoryOptionCombos",
        ["categoryOptionCombos"] = "categoryOptionCombos",
        ["category"] = "categories",
        ["categories"] = "categories",
        ["categoryOptions"] = "categoryOptions",
        ["indicatorType"] = "indicatorTypes",
        ["indicator"] = "indicators",
        ["indicators"] = "indicators",
        ["visualization"] = "visualizations",
        ["map"] = "maps",
        ["legendSet"] = "legendSets",
        ["legendSets"] = "legendSets",
        ["optionSet"] = "optionSets",
        ["commentOptionSet"] = "optionSets",
        ["dataElementGroups"] = "dataElementGroups",
        ["indicatorGroups"] = "indicatorGroups",
    };

    /// <summary>Reference properties whose target depends on the owning type.</summary>
    private static readonly Dictionary<(string Owner, string Property), string> OwnerReferences = new()
    {
        [("organisationUnitGroups", "groupSets")] = "organisationUnitGroupSets",
        [("dataElementGroups", "groupSets")] = "dataElementGroupSets",
        [("indicatorGroups", "groupSets")] = "indicatorGroupSets",
        [("optionSets", "options")] = "options",
    };

    /// <summary>Import order of the known types.</summary>
    public static IReadOnlyList<MetadataType> Types => Known;

    public static MetadataType? Find(string collection) => ByCollection.GetValueOrDefault(collection);

    /// <summary>A type for any collection name, guessing the class of types the emulator does not know.</summary>
    public static MetadataType Resolve(string collection) => Find(collection) ?? new MetadataType(
        collection,
        "org.hisp.dhis." + char.ToUpperInvariant(collection[0]) + collection[1..].TrimEnd('s'),
        []);

    /// <summary>Sort key: known types in import order, then the others by name.</summary>
    public static int Order(string collection) =>
        Array.FindIndex(Known, t => t.Collection == collection) is var i and >= 0 ? i : Known.Length;

    /// <summary>The collection a property of an object of <paramref name="owner"/> refers to, or null if it is not a reference.</summary>
    public static string? ReferenceTarget(string? owner, string property) =>
        owner is not null && OwnerReferences.TryGetValue((owner, property), out var target)
            ? target
            : References.GetValueOrDefault(property);
}
