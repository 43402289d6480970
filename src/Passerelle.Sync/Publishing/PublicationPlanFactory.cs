using Passerelle.Core.Facilities;
using Passerelle.Core.Workforce;
using Passerelle.Dhis2.Metadata.Plan;
using Passerelle.Sync.Analysis;

namespace Passerelle.Sync.Publishing;

/// <summary>
/// What Passerelle creates in DHIS2: the cadre category and combo, the staffing data elements, a yearly
/// data set on the facilities in scope, the « % of facilities meeting their norm » indicator, a facility
/// type group set, a pivot table, a chart, a map and the dashboard « Ressources humaines et carte sanitaire ».
/// Codes are stable, so UIDs derived from them are too: a re-run updates, never duplicates.
/// </summary>
public static class PublicationPlanFactory
{
    public const string CadreCategory = "PASS_CAT_CADRE";
    public const string CadreCombo = "PASS_CC_CADRE";
    public const string DataSet = "PASS_DS_RH";
    public const string NormApplicable = "PASS_NORME_APPLICABLE";
    public const string ShareIndicator = "PASS_IN_PCT_CONFORMES";
    public const string Dashboard = "PASS_DB_RH_CARTE";

    /// <summary>WISN results per facility × cadre (analysis plan formulas wisn_required, wisn_difference, wisn_ratio), unrounded.</summary>
    public static IReadOnlyList<(string Code, string French, string English, Dhis2AggregationType Aggregation)> WisnElements { get; } =
    [
        ("PASS_WISN_BESOIN_INF", "RH - WISN infirmiers requis", "HR - WISN nurses required", Dhis2AggregationType.Sum),
        ("PASS_WISN_ECART_INF", "RH - WISN écart infirmiers", "HR - WISN nurse difference", Dhis2AggregationType.Sum),
        ("PASS_WISN_RATIO_INF", "RH - WISN ratio infirmiers", "HR - WISN nurse ratio", Dhis2AggregationType.Average),
        ("PASS_WISN_BESOIN_SF", "RH - WISN sages-femmes requises", "HR - WISN midwives required", Dhis2AggregationType.Sum),
        ("PASS_WISN_ECART_SF", "RH - WISN écart sages-femmes", "HR - WISN midwife difference", Dhis2AggregationType.Sum),
        ("PASS_WISN_RATIO_SF", "RH - WISN ratio sages-femmes", "HR - WISN midwife ratio", Dhis2AggregationType.Average),
    ];

    /// <summary>Data elements published per cadre (category combo <see cref="CadreCombo"/>).</summary>
    public static IReadOnlyList<string> PerCadreElements { get; } = [StaffingAnalysis.Headcount, StaffingAnalysis.NormRequired, StaffingAnalysis.NormGap, .. WisnElements.Select(w => w.Code)];

    /// <summary>Data elements published with the default combo.</summary>
    public static IReadOnlyList<string> TotalElements { get; } = [StaffingAnalysis.MeetsNorm, NormApplicable];

    public static string OptionCode(string cadreCode) => $"PASS_CO_{cadreCode}";

    /// <param name="facilityUnits">DHIS2 uids of the facilities in scope, with their registry type.</param>
    /// <param name="rootUnit">The DHIS2 uid of the country (level 1), for analytics objects.</param>
    /// <param name="analysisPlan">When given, its indicator names name the data elements (« RH - » + the plan's name) and its title the dashboard.</param>
    public static Dhis2PublicationPlan Create(
        IReadOnlyList<(string Uid, FacilityType Type)> facilityUnits, string rootUnit, IReadOnlyList<Cadre> cadres, Passerelle.Sync.Plan.AnalysisPlan? analysisPlan = null)
    {
        LocalizedText Named(string code, LocalizedText builtIn) =>
            analysisPlan?.Indicator(code) is { } indicator && indicator.Fr.Length > 0 && indicator.En.Length > 0
                ? new LocalizedText($"RH - {indicator.Fr}", $"HR - {indicator.En}")
                : builtIn;

        var dashboardName = analysisPlan is { Title.Fr.Length: > 0, Title.En.Length: > 0 }
            ? new LocalizedText(analysisPlan.Title.Fr, analysisPlan.Title.En)
            : new LocalizedText("Ressources humaines et carte sanitaire", "Human resources and health map");
        var units = facilityUnits.Select(f => f.Uid).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new Dhis2PublicationPlan
        {
            Categories =
            [
                new CategorySpec(CadreCategory, new("Cadre", "Cadre"), new("Cadre", "Cadre"),
                    [.. cadres.Select(c => new CategoryOptionSpec(OptionCode(c.Code), new(c.French, c.English), new(Short(c.French), Short(c.English))))]),
            ],
            CategoryCombos = [new CategoryComboSpec(CadreCombo, new("Cadre", "Cadre"), [CadreCategory])],
            DataElements =
            [
                new DataElementSpec(StaffingAnalysis.Headcount, Named(StaffingAnalysis.Headcount, new("RH - Effectif en poste", "HR - Staff in post")), new("RH Effectif", "HR Staff"),
                    Dhis2ValueType.IntegerZeroOrPositive, Dhis2AggregationType.Sum, CadreCombo,
                    new("Agents en poste à la date de référence, par cadre", "Health workers in post on the reference date, by cadre"), ZeroIsSignificant: true),
                new DataElementSpec(StaffingAnalysis.NormRequired, Named(StaffingAnalysis.NormRequired, new("RH - Effectif requis par la norme", "HR - Staff required by the norm")), new("RH Norme", "HR Norm"),
                    Dhis2ValueType.IntegerZeroOrPositive, Dhis2AggregationType.Sum, CadreCombo, ZeroIsSignificant: true),
                new DataElementSpec(StaffingAnalysis.NormGap, Named(StaffingAnalysis.NormGap, new("RH - Écart à la norme", "HR - Gap to the norm")), new("RH Écart norme", "HR Norm gap"),
                    Dhis2ValueType.Integer, Dhis2AggregationType.Sum, CadreCombo,
                    new("Effectif moins norme : négatif = manque", "Staff minus norm: negative = shortage"), ZeroIsSignificant: true),
                new DataElementSpec(StaffingAnalysis.MeetsNorm, Named(StaffingAnalysis.MeetsNorm, new("RH - Structure conforme à la norme", "HR - Facility meets its norm")), new("RH Conforme", "HR Meets norm"),
                    Dhis2ValueType.IntegerZeroOrPositive, Dhis2AggregationType.Sum, null,
                    new("1 si chaque cadre atteint la norme, sinon 0", "1 when every cadre reaches the norm, else 0"), ZeroIsSignificant: true),
                new DataElementSpec(NormApplicable, new("RH - Structure soumise à une norme", "HR - Facility with a staffing norm"), new("RH Norme applicable", "HR Norm applies"),
                    Dhis2ValueType.IntegerZeroOrPositive, Dhis2AggregationType.Sum, null, ZeroIsSignificant: true),
                .. WisnElements.Select(w => new DataElementSpec(w.Code, new(w.French, w.English), new(Short(w.French), Short(w.English)),
                    Dhis2ValueType.Number, w.Aggregation, CadreCombo, new("Calcul WISN (OMS) à partir des volumes DHIS2 et des normes d'activité du plan d'analyse", "WISN (WHO) from DHIS2 volumes and the analysis plan's activity standards"), ZeroIsSignificant: true)),
            ],
            DataSets =
            [
                new DataSetSpec(DataSet, new("Passerelle - Ressources humaines et normes", "Passerelle - Human resources and norms"),
                    new("Passerelle RH", "Passerelle HR"), Dhis2PeriodType.Yearly, [.. PerCadreElements, .. TotalElements], units),
            ],
            IndicatorTypes = [new IndicatorTypeSpec("PASS_IT_PCT", new("Pourcentage", "Per cent"), 100)],
            Indicators =
            [
                new IndicatorSpec(ShareIndicator, new("RH - Structures conformes à la norme (%)", "HR - Facilities meeting their norm (%)"),
                    new("RH % conformes", "HR % meeting norm"),
                    $"#{{{StaffingAnalysis.MeetsNorm}}}", new("Structures conformes", "Facilities meeting the norm"),
                    $"#{{{NormApplicable}}}", new("Structures soumises à une norme", "Facilities with a norm"), "PASS_IT_PCT"),
            ],
            OrganisationUnitGroupSets =
            [
                new OrganisationUnitGroupSetSpec("PASS_GS_TYPE", new("Type de structure (carte sanitaire)", "Facility type (health map)"), new("Type de structure", "Facility type"),
                    [.. facilityUnits
                        .GroupBy(f => f.Type)
                        .OrderBy(g => g.Key)
                        .Select(g => new OrganisationUnitGroupSpec($"PASS_GT_{g.Key.Code()}", new(g.Key.French(), g.Key.English()), new(g.Key.French(), g.Key.English()),
                            [.. g.Select(f => f.Uid).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]))]),
            ],
            Visualizations =
            [
                new VisualizationSpec("PASS_VZ_EFFECTIF_DISTRICT", new("RH - Effectif et norme par district", "HR - Staff and norm by district"),
                    Dhis2VisualizationKind.PivotTable, [StaffingAnalysis.Headcount, StaffingAnalysis.NormRequired, StaffingAnalysis.NormGap], Dhis2RelativePeriod.ThisYear, [rootUnit], [3]),
                new VisualizationSpec("PASS_VZ_CONFORMES_REGION", new("RH - Structures conformes à la norme par région (%)", "HR - Facilities meeting their norm by region (%)"),
                    Dhis2VisualizationKind.Column, [ShareIndicator], Dhis2RelativePeriod.ThisYear, [rootUnit], [2]),
            ],
            Maps =
            [
                new MapSpec("PASS_MP_CONFORMES", new("RH - Conformité aux normes de personnel", "HR - Staffing norm compliance"), 14.5, -14.5, 6,
                [
                    new MapLayerSpec(new("Districts : % conformes", "Districts: % meeting norm"), ShareIndicator, rootUnit, 3, Dhis2ThematicMapType.Choropleth, Dhis2RelativePeriod.ThisYear),
                    new MapLayerSpec(new("Structures : effectif", "Facilities: staff"), StaffingAnalysis.Headcount, rootUnit, 4, Dhis2ThematicMapType.Bubble, Dhis2RelativePeriod.ThisYear),
                ]),
            ],
            Dashboards =
            [
                new DashboardSpec(Dashboard, dashboardName,
                    ["PASS_VZ_CONFORMES_REGION", "PASS_MP_CONFORMES", "PASS_VZ_EFFECTIF_DISTRICT"]),
            ],
        };
    }

    private static string Short(string text) => text.Length <= 50 ? text : text[..50];
}
