using Passerelle.Dhis2.Model;

namespace Passerelle.Dhis2.Metadata.Objects;

// Wire shapes of the objects in a /api/metadata document (web-api.md §5.4). Nulls are omitted on write.

/// <summary>A translation of one property (<c>NAME</c>, <c>SHORT_NAME</c>, <c>DESCRIPTION</c>…) into a locale.</summary>
public sealed record Translation(string Property, string Locale, string Value);

/// <summary>Sharing of a shared object (2.36+): <c>public</c> is the access string, e.g. <c>r-------</c>.</summary>
public sealed record Sharing(string Public, bool External = false);

public sealed record CategoryOptionObject(
    string Id, string Code, string Name, string ShortName, IReadOnlyList<Translation> Translations);

public sealed record CategoryObject(
    string Id, string Code, string Name, string ShortName, string DataDimensionType, bool DataDimension,
    IReadOnlyList<Dhis2Reference> CategoryOptions, IReadOnlyList<Translation> Translations);

public sealed record CategoryComboObject(
    string Id, string Code, string Name, string DataDimensionType,
    IReadOnlyList<Dhis2Reference> Categories, IReadOnlyList<Translation> Translations);

public sealed record DataElementObject(
    string Id, string Code, string Name, string ShortName, string? Description, string DomainType, string ValueType,
    string AggregationType, bool ZeroIsSignificant, Dhis2Reference CategoryCombo, IReadOnlyList<Translation> Translations);

public sealed record DataSetElementObject(Dhis2Reference DataElement, Dhis2Reference DataSet);

public sealed record DataSetObject(
    string Id, string Code, string Name, string ShortName, string PeriodType, Dhis2Reference CategoryCombo,
    IReadOnlyList<DataSetElementObject> DataSetElements, IReadOnlyList<Dhis2Reference> OrganisationUnits,
    Sharing Sharing, IReadOnlyList<Translation> Translations);

public sealed record IndicatorTypeObject(
    string Id, string Code, string Name, int Factor, bool Number, IReadOnlyList<Translation> Translations);

public sealed record IndicatorObject(
    string Id, string Code, string Name, string ShortName, string Numerator, string NumeratorDescription,
    string Denominator, string DenominatorDescription, bool Annualized, Dhis2Reference IndicatorType,
    IReadOnlyList<Translation> Translations);

public sealed record OrganisationUnitGroupObject(
    string Id, string Code, string Name, string ShortName, IReadOnlyList<Dhis2Reference> OrganisationUnits,
    IReadOnlyList<Translation> Translations);

public sealed record OrganisationUnitGroupSetObject(
    string Id, string Code, string Name, string ShortName, bool Compulsory, bool DataDimension,
    IReadOnlyList<Dhis2Reference> OrganisationUnitGroups, IReadOnlyList<Translation> Translations);

/// <summary>A data item of a visualization or map view: exactly one of indicator / data element is set.</summary>
public sealed record DataDimensionItemObject(
    string DataDimensionItemType, Dhis2Reference? Indicator = null, Dhis2Reference? DataElement = null);

/// <summary>A dimension of a layout (<c>columns</c>, <c>rows</c>, <c>filters</c>) with its items.</summary>
public sealed record DimensionObject(string Dimension, IReadOnlyList<Dhis2Reference> Items);

public sealed record VisualizationObject(
    string Id, string Code, string Name, string Type,
    IReadOnlyList<string> ColumnDimensions, IReadOnlyList<string> RowDimensions, IReadOnlyList<string> FilterDimensions,
    IReadOnlyList<DimensionObject> Columns, IReadOnlyList<DimensionObject> Rows, IReadOnlyList<DimensionObject> Filters,
    IReadOnlyList<DataDimensionItemObject> DataDimensionItems, IReadOnlyDictionary<string, bool> RelativePeriods,
    IReadOnlyList<Dhis2Reference> OrganisationUnits, IReadOnlyList<int> OrganisationUnitLevels,
    Sharing Sharing, IReadOnlyList<Translation> Translations);

public sealed record MapViewObject(
    string Id, string Name, string Layer, string ThematicMapType, string RenderingStrategy,
    IReadOnlyList<DimensionObject> Columns, IReadOnlyList<DimensionObject> Rows, IReadOnlyList<DimensionObject> Filters,
    IReadOnlyList<DataDimensionItemObject> DataDimensionItems, IReadOnlyDictionary<string, bool> RelativePeriods,
    IReadOnlyList<Dhis2Reference> OrganisationUnits, IReadOnlyList<int> OrganisationUnitLevels,
    int Classes, int Method, string ColorLow, string ColorHigh, double Opacity, string AggregationType);

public sealed record MapObject(
    string Id, string Code, string Name, string Basemap, double Latitude, double Longitude, int Zoom,
    IReadOnlyList<MapViewObject> MapViews, Sharing Sharing, IReadOnlyList<Translation> Translations);

/// <summary>A dashboard item on DHIS2's 60-column grid: <c>x</c>, <c>y</c>, width <c>w</c>, height <c>h</c>.</summary>
public sealed record DashboardItemObject(
    string Id, string Type, Dhis2Reference? Visualization, Dhis2Reference? Map, int X, int Y, int W, int H);

public sealed record DashboardObject(
    string Id, string Code, string Name, IReadOnlyList<DashboardItemObject> DashboardItems, Sharing Sharing,
    IReadOnlyList<Translation> Translations);
