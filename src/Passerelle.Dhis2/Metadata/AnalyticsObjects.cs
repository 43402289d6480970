using Passerelle.Dhis2.Metadata.Objects;
using Passerelle.Dhis2.Metadata.Plan;
using Passerelle.Dhis2.Model;
using Passerelle.Dhis2.Uids;

namespace Passerelle.Dhis2.Metadata;

/// <summary>Builds visualizations, maps and dashboards of a plan (web-api.md §5.4; map views as the Maps app saves them).</summary>
internal static class AnalyticsObjects
{
    private static readonly Sharing PublicRead = new("r-------");

    public static VisualizationObject Visualization(VisualizationSpec spec, PlanIndex index)
    {
        var owner = $"visualization {spec.Code}";
        index.CheckNames(owner, spec.Name, null);
        index.CheckOrgUnitIds(owner, spec.OrganisationUnitIds);
        var data = DataItems(spec.DataItemCodes, index, owner);
        var orgUnits = spec.OrganisationUnitIds.Select(id => new Dhis2Reference(id))
            .Concat(spec.OrganisationUnitLevels.Select(level => new Dhis2Reference($"LEVEL-{level}")));
        var (relativeKey, periodKeyword) = Period(spec.Period);
        return new VisualizationObject(
            Dhis2MetadataPackageBuilder.Uid(index, "visualization", spec.Code), spec.Code, spec.Name.French,
            Dhis2MetadataPackageBuilder.Wire(spec.Kind),
            ["dx"], ["ou"], ["pe"],
            [new DimensionObject("dx", [.. data.Select(d => d.Reference)])],
            [new DimensionObject("ou", [.. orgUnits])],
            [new DimensionObject("pe", [new Dhis2Reference(periodKeyword)])],
            [.. data.Select(d => d.Item)],
            new Dictionary<string, bool> { [relativeKey] = true },
            [.. spec.OrganisationUnitIds.Select(id => new Dhis2Reference(id))],
            spec.OrganisationUnitLevels,
            PublicRead,
            Translations.Of(spec.Name));
    }

    public static MapObject Map(MapSpec spec, PlanIndex index)
    {
        var owner = $"map {spec.Code}";
        index.CheckNames(owner, spec.Name, null);
        var views = spec.Layers.Select((layer, i) => MapView(spec.Code, i, layer, index, owner));
        return new MapObject(Dhis2MetadataPackageBuilder.Uid(index, "map", spec.Code), spec.Code, spec.Name.French,
            "osmLight", spec.Latitude, spec.Longitude, spec.Zoom, [.. views], PublicRead, Translations.Of(spec.Name));
    }

    public static DashboardObject Dashboard(DashboardSpec spec, PlanIndex index)
    {
        var owner = $"dashboard {spec.Code}";
        index.CheckNames(owner, spec.Name, null);
        var items = spec.ItemCodes.Select((code, i) => DashboardItem(spec.Code, i, code, index, owner));
        return new DashboardObject(Dhis2MetadataPackageBuilder.Uid(index, "dashboard", spec.Code), spec.Code, spec.Name.French,
            [.. items], PublicRead, Translations.Of(spec.Name));
    }

    private static MapViewObject MapView(string mapCode, int position, MapLayerSpec layer, PlanIndex index, string owner)
    {
        index.CheckOrgUnitIds(owner, [layer.RootOrganisationUnitId]);
        var data = DataItems([layer.DataItemCode], index, owner);
        var (relativeKey, periodKeyword) = Period(layer.Period);
        var (low, high) = layer.Type == Dhis2ThematicMapType.Bubble ? ("#c6dbef", "#08519c") : ("#fee8c8", "#b30000");
        return new MapViewObject(
            Dhis2Uid.FromCode("mapView", $"{mapCode}#{position}"), layer.Name.French, "thematic",
            Dhis2MetadataPackageBuilder.Wire(layer.Type), "SINGLE",
            [new DimensionObject("dx", [.. data.Select(d => d.Reference)])],
            [new DimensionObject("ou", [new Dhis2Reference(layer.RootOrganisationUnitId), new Dhis2Reference($"LEVEL-{layer.OrganisationUnitLevel}")])],
            [new DimensionObject("pe", [new Dhis2Reference(periodKeyword)])],
            [.. data.Select(d => d.Item)],
            new Dictionary<string, bool> { [relativeKey] = true },
            [new Dhis2Reference(layer.RootOrganisationUnitId)],
            [layer.OrganisationUnitLevel],
            Classes: 5, Method: 2, low, high, Opacity: 0.9, AggregationType: "DEFAULT");
    }

    private static DashboardItemObject DashboardItem(string dashboardCode, int position, string code, PlanIndex index, string owner)
    {
        const int width = 29;
        const int height = 20;
        var id = Dhis2Uid.FromCode("dashboardItem", $"{dashboardCode}#{position}");
        var (x, y) = (position % 2 * (width + 1), position / 2 * height);
        if (index.Contains("map", code))
        {
            return new DashboardItemObject(id, "MAP", null, Dhis2MetadataPackageBuilder.Ref(index, "map", code, owner), x, y, width, height);
        }

        return new DashboardItemObject(id, "VISUALIZATION", Dhis2MetadataPackageBuilder.Ref(index, "visualization", code, owner), null,
            x, y, width, height);
    }

    private static List<(Dhis2Reference Reference, DataDimensionItemObject Item)> DataItems(
        IEnumerable<string> codes, PlanIndex index, string owner)
    {
        var items = new List<(Dhis2Reference, DataDimensionItemObject)>();
        foreach (var code in codes)
        {
            if (index.Contains("indicator", code))
            {
                var reference = Dhis2MetadataPackageBuilder.Ref(index, "indicator", code, owner);
                items.Add((reference, new DataDimensionItemObject("INDICATOR", Indicator: reference)));
            }
            else
            {
                var reference = Dhis2MetadataPackageBuilder.Ref(index, "dataElement", code, owner);
                items.Add((reference, new DataDimensionItemObject("DATA_ELEMENT", DataElement: reference)));
            }
        }

        return items;
    }

    private static (string RelativePeriodsKey, string AnalyticsKeyword) Period(Dhis2RelativePeriod period) => period switch
    {
        Dhis2RelativePeriod.ThisYear => ("thisYear", "THIS_YEAR"),
        Dhis2RelativePeriod.LastYear => ("lastYear", "LAST_YEAR"),
        Dhis2RelativePeriod.LastMonth => ("lastMonth", "LAST_MONTH"),
        Dhis2RelativePeriod.Last12Months => ("last12Months", "LAST_12_MONTHS"),
        Dhis2RelativePeriod.MonthsThisYear => ("monthsThisYear", "MONTHS_THIS_YEAR"),
        Dhis2RelativePeriod.Last5Years => ("last5Years", "LAST_5_YEARS"),
        _ => throw new ArgumentOutOfRangeException(nameof(period), period, null),
    };
}
