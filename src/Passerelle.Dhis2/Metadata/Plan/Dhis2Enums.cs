namespace Passerelle.Dhis2.Metadata.Plan;

/// <summary>Data element value types Passerelle publishes (web-api.md §5.4).</summary>
public enum Dhis2ValueType
{
    Number,
    Integer,
    IntegerZeroOrPositive,
    IntegerPositive,
    Percentage,
}

/// <summary>How DHIS2 aggregates a data element over org units and periods.</summary>
public enum Dhis2AggregationType
{
    Sum,
    Average,
    AverageSumOrgUnit,
    Last,
    LastAverageOrgUnit,
    None,
}

/// <summary>Data set period types Passerelle publishes.</summary>
public enum Dhis2PeriodType
{
    Monthly,
    Quarterly,
    Yearly,
}

/// <summary>Relative periods used by visualizations and maps, with their analytics keyword.</summary>
public enum Dhis2RelativePeriod
{
    ThisYear,
    LastYear,
    LastMonth,
    Last12Months,
    MonthsThisYear,
    Last5Years,
}

/// <summary>Visualization kinds Passerelle publishes.</summary>
public enum Dhis2VisualizationKind
{
    PivotTable,
    Column,
    StackedColumn,
    Bar,
    Line,
}

/// <summary>Thematic map layer styles.</summary>
public enum Dhis2ThematicMapType
{
    /// <summary>Areas coloured by value (districts).</summary>
    Choropleth,

    /// <summary>Circles sized by value (facilities).</summary>
    Bubble,
}
