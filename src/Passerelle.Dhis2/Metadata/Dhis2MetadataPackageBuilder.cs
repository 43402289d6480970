using System.Text.Json;
using Passerelle.Dhis2.Metadata.Objects;
using Passerelle.Dhis2.Metadata.Plan;
using Passerelle.Dhis2.Model;

namespace Passerelle.Dhis2.Metadata;

/// <summary>
/// Turns a <see cref="Dhis2PublicationPlan"/> into a <c>/api/metadata</c> package: French names, English translations,
/// UIDs derived from codes (so re-importing updates instead of duplicating), only the fields DHIS2 requires plus
/// those Passerelle relies on (web-api.md §5.4). Category option combos are left for DHIS2 to generate.
/// </summary>
public static class Dhis2MetadataPackageBuilder
{
    /// <summary>DHIS2's fixed default category combination (web-api.md §1).</summary>
    public const string DefaultCategoryComboId = "bjDvmb4bfuf";

    private const string Disaggregation = "DISAGGREGATION";

    /// <exception cref="Dhis2PublicationPlanException">The plan has unknown references, duplicate codes or over-long names.</exception>
    public static Dhis2MetadataPackage Build(Dhis2PublicationPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var index = new PlanIndex(plan);
        var package = new Dhis2MetadataPackage(
            [.. plan.Categories.SelectMany(c => c.Options).Select(o => CategoryOption(o, index))],
            [.. plan.Categories.Select(c => Category(c, index))],
            [.. plan.CategoryCombos.Select(c => CategoryCombo(c, index))],
            [.. plan.DataElements.Select(d => DataElement(d, index))],
            [.. plan.DataSets.Select(d => DataSet(d, index))],
            [.. plan.IndicatorTypes.Select(t => IndicatorType(t, index))],
            [.. plan.Indicators.Select(i => Indicator(i, index))],
            [.. plan.OrganisationUnitGroupSets.SelectMany(s => s.Groups).Select(g => OrganisationUnitGroup(g, index))],
            [.. plan.OrganisationUnitGroupSets.Select(s => OrganisationUnitGroupSet(s, index))],
            [.. plan.Visualizations.Select(v => AnalyticsObjects.Visualization(v, index))],
            [.. plan.Maps.Select(m => AnalyticsObjects.Map(m, index))],
            [.. plan.Dashboards.Select(d => AnalyticsObjects.Dashboard(d, index))]);
        if (index.Errors.Count > 0)
        {
            throw new Dhis2PublicationPlanException(index.Errors);
        }

        return package;
    }

    internal static string Wire<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        JsonNamingPolicy.SnakeCaseUpper.ConvertName(value.ToString());

    private static CategoryOptionObject CategoryOption(CategoryOptionSpec option, PlanIndex index)
    {
        var owner = $"categoryOption {option.Code}";
        index.CheckNames(owner, option.Name, option.ShortName);
        return new CategoryOptionObject(Uid(index, "categoryOption", option.Code), option.Code, option.Name.French,
            option.ShortName.French, Translations.Of(option.Name, option.ShortName));
    }

    private static CategoryObject Category(CategorySpec category, PlanIndex index)
    {
        var owner = $"category {category.Code}";
        index.CheckNames(owner, category.Name, category.ShortName);
        return new CategoryObject(Uid(index, "category", category.Code), category.Code, category.Name.French,
            category.ShortName.French, Disaggregation, DataDimension: true,
            [.. category.Options.Select(o => Ref(index, "categoryOption", o.Code, owner))],
            Translations.Of(category.Name, category.ShortName));
    }

    private static CategoryComboObject CategoryCombo(CategoryComboSpec combo, PlanIndex index)
    {
        var owner = $"categoryCombo {combo.Code}";
        index.CheckNames(owner, combo.Name, null);
        return new CategoryComboObject(Uid(index, "categoryCombo", combo.Code), combo.Code, combo.Name.French, Disaggregation,
            [.. combo.CategoryCodes.Select(c => Ref(index, "category", c, owner))], Translations.Of(combo.Name));
    }

    private static DataElementObject DataElement(DataElementSpec element, PlanIndex index)
    {
        var owner = $"dataElement {element.Code}";
        index.CheckNames(owner, element.Name, element.ShortName);
        var combo = element.CategoryComboCode is null
            ? new Dhis2Reference(DefaultCategoryComboId)
            : Ref(index, "categoryCombo", element.CategoryComboCode, owner);
        return new DataElementObject(Uid(index, "dataElement", element.Code), element.Code, element.Name.French,
            element.ShortName.French, element.Description?.French, "AGGREGATE", Wire(element.ValueType),
            Wire(element.AggregationType), element.ZeroIsSignificant, combo,
            Translations.Of(element.Name, element.ShortName, element.Description));
    }

    private static DataSetObject DataSet(DataSetSpec dataSet, PlanIndex index)
    {
        var owner = $"dataSet {dataSet.Code}";
        index.CheckNames(owner, dataSet.Name, dataSet.ShortName);
        index.CheckOrgUnitIds(owner, dataSet.OrganisationUnitIds);
        var self = new Dhis2Reference(Uid(index, "dataSet", dataSet.Code));
        return new DataSetObject(self.Id, dataSet.Code, dataSet.Name.French, dataSet.ShortName.French,
            dataSet.PeriodType.ToString(), new Dhis2Reference(DefaultCategoryComboId),
            [.. dataSet.DataElementCodes.Select(c => new DataSetElementObject(Ref(index, "dataElement", c, owner), self))],
            [.. dataSet.OrganisationUnitIds.Select(id => new Dhis2Reference(id))],
            new Sharing("r-r-----"), // Everyone may read the definition and the values; only the API account writes.
            Translations.Of(dataSet.Name, dataSet.ShortName));
    }

    private static IndicatorTypeObject IndicatorType(IndicatorTypeSpec type, PlanIndex index)
    {
        index.CheckNames($"indicatorType {type.Code}", type.Name, null);
        return new IndicatorTypeObject(Uid(index, "indicatorType", type.Code), type.Code, type.Name.French, type.Factor, type.Number,
            Translations.Of(type.Name));
    }

    private static IndicatorObject Indicator(IndicatorSpec indicator, PlanIndex index)
    {
        var owner = $"indicator {indicator.Code}";
        index.CheckNames(owner, indicator.Name, indicator.ShortName);
        return new IndicatorObject(Uid(index, "indicator", indicator.Code), indicator.Code, indicator.Name.French,
            indicator.ShortName.French,
            IndicatorExpressionResolver.Resolve(indicator.Numerator, index, owner), indicator.NumeratorDescription.French,
            IndicatorExpressionResolver.Resolve(indicator.Denominator, index, owner), indicator.DenominatorDescription.French,
            indicator.Annualized, Ref(index, "indicatorType", indicator.IndicatorTypeCode, owner),
            Translations.Of(indicator.Name, indicator.ShortName));
    }

    private static OrganisationUnitGroupObject OrganisationUnitGroup(OrganisationUnitGroupSpec group, PlanIndex index)
    {
        var owner = $"organisationUnitGroup {group.Code}";
        index.CheckNames(owner, group.Name, group.ShortName);
        index.CheckOrgUnitIds(owner, group.OrganisationUnitIds);
        return new OrganisationUnitGroupObject(Uid(index, "organisationUnitGroup", group.Code), group.Code, group.Name.French,
            group.ShortName.French, [.. group.OrganisationUnitIds.Select(id => new Dhis2Reference(id))],
            Translations.Of(group.Name, group.ShortName));
    }

    private static OrganisationUnitGroupSetObject OrganisationUnitGroupSet(OrganisationUnitGroupSetSpec set, PlanIndex index)
    {
        var owner = $"organisationUnitGroupSet {set.Code}";
        index.CheckNames(owner, set.Name, set.ShortName);
        return new OrganisationUnitGroupSetObject(Uid(index, "organisationUnitGroupSet", set.Code), set.Code, set.Name.French,
            set.ShortName.French, Compulsory: false, DataDimension: true,
            [.. set.Groups.Select(g => Ref(index, "organisationUnitGroup", g.Code, owner))],
            Translations.Of(set.Name, set.ShortName));
    }

    internal static string Uid(PlanIndex index, string kind, string code) => index.Resolve(kind, code, kind) ?? string.Empty;

    internal static Dhis2Reference Ref(PlanIndex index, string kind, string code, string owner) =>
        new(index.Resolve(kind, code, owner) ?? string.Empty);
}
