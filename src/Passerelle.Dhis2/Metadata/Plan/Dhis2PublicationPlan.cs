namespace Passerelle.Dhis2.Metadata.Plan;

/// <summary>
/// Everything Passerelle publishes into DHIS2, described by stable codes. The package builder turns it into a
/// <c>/api/metadata</c> document whose UIDs derive from these codes.
/// </summary>
public sealed record Dhis2PublicationPlan
{
    public IReadOnlyList<CategorySpec> Categories { get; init; } = [];

    public IReadOnlyList<CategoryComboSpec> CategoryCombos { get; init; } = [];

    public IReadOnlyList<DataElementSpec> DataElements { get; init; } = [];

    public IReadOnlyList<DataSetSpec> DataSets { get; init; } = [];

    public IReadOnlyList<IndicatorTypeSpec> IndicatorTypes { get; init; } = [];

    public IReadOnlyList<IndicatorSpec> Indicators { get; init; } = [];

    public IReadOnlyList<OrganisationUnitGroupSetSpec> OrganisationUnitGroupSets { get; init; } = [];

    public IReadOnlyList<VisualizationSpec> Visualizations { get; init; } = [];

    public IReadOnlyList<MapSpec> Maps { get; init; } = [];

    public IReadOnlyList<DashboardSpec> Dashboards { get; init; } = [];
}

/// <summary>A category option, e.g. « Sage-femme » in the cadre category.</summary>
public sealed record CategoryOptionSpec(string Code, LocalizedText Name, LocalizedText ShortName);

/// <summary>A disaggregation category (cadre, sex) and its options, in display order.</summary>
public sealed record CategorySpec(string Code, LocalizedText Name, LocalizedText ShortName, IReadOnlyList<CategoryOptionSpec> Options);

/// <summary>A category combination of categories given by code.</summary>
public sealed record CategoryComboSpec(string Code, LocalizedText Name, IReadOnlyList<string> CategoryCodes);

/// <summary>An aggregate data element; a null category combo means DHIS2's default (no disaggregation).</summary>
public sealed record DataElementSpec(
    string Code,
    LocalizedText Name,
    LocalizedText ShortName,
    Dhis2ValueType ValueType,
    Dhis2AggregationType AggregationType,
    string? CategoryComboCode = null,
    LocalizedText? Description = null,
    bool ZeroIsSignificant = false);

/// <summary>A data set: its period type, data elements (by code) and org units (by DHIS2 UID).</summary>
public sealed record DataSetSpec(
    string Code,
    LocalizedText Name,
    LocalizedText ShortName,
    Dhis2PeriodType PeriodType,
    IReadOnlyList<string> DataElementCodes,
    IReadOnlyList<string> OrganisationUnitIds);

/// <summary>An indicator type: the factor applied to numerator/denominator (100 = per cent, 10000 = per 10,000).</summary>
public sealed record IndicatorTypeSpec(string Code, LocalizedText Name, int Factor, bool Number = false);

/// <summary>
/// An indicator. Expressions use DHIS2 syntax; <c>#{CODE}</c> or <c>#{CODE.…}</c> naming a data element of the plan and
/// <c>OUG{CODE}</c> naming a group of the plan are replaced by their UIDs; other references must already be UIDs.
/// </summary>
public sealed record IndicatorSpec(
    string Code,
    LocalizedText Name,
    LocalizedText ShortName,
    string Numerator,
    LocalizedText NumeratorDescription,
    string Denominator,
    LocalizedText DenominatorDescription,
    string IndicatorTypeCode,
    bool Annualized = false);

/// <summary>An org unit group set (e.g. facility type) with its groups and their members (DHIS2 UIDs).</summary>
public sealed record OrganisationUnitGroupSetSpec(
    string Code, LocalizedText Name, LocalizedText ShortName, IReadOnlyList<OrganisationUnitGroupSpec> Groups);

/// <summary>An org unit group and its member org units (DHIS2 UIDs).</summary>
public sealed record OrganisationUnitGroupSpec(
    string Code, LocalizedText Name, LocalizedText ShortName, IReadOnlyList<string> OrganisationUnitIds);

/// <summary>
/// A pivot table or chart of plan indicators / data elements (by code): data in columns, org units in rows
/// (at <see cref="OrganisationUnitLevels"/> under <see cref="OrganisationUnitIds"/>), period as filter.
/// </summary>
public sealed record VisualizationSpec(
    string Code,
    LocalizedText Name,
    Dhis2VisualizationKind Kind,
    IReadOnlyList<string> DataItemCodes,
    Dhis2RelativePeriod Period,
    IReadOnlyList<string> OrganisationUnitIds,
    IReadOnlyList<int> OrganisationUnitLevels);

/// <summary>A map with thematic layers, centred on a point.</summary>
public sealed record MapSpec(
    string Code, LocalizedText Name, double Latitude, double Longitude, int Zoom, IReadOnlyList<MapLayerSpec> Layers);

/// <summary>A thematic layer: one data item (by code) shown on the org units of a level under a root.</summary>
public sealed record MapLayerSpec(
    LocalizedText Name,
    string DataItemCode,
    string RootOrganisationUnitId,
    int OrganisationUnitLevel,
    Dhis2ThematicMapType Type,
    Dhis2RelativePeriod Period);

/// <summary>A dashboard listing visualizations and maps by code, laid out two per row.</summary>
public sealed record DashboardSpec(string Code, LocalizedText Name, IReadOnlyList<string> ItemCodes);
