using Passerelle.Dhis2.Metadata.Plan;

namespace Passerelle.Dhis2.Tests.Metadata;

/// <summary>A small plan like the one Passerelle publishes: staff by cadre and sex, a norm indicator, a map, a dashboard.</summary>
internal static class SamplePlan
{
    // Two Sierra Leone org units from the recorded fixtures stand in for districts and facilities.
    public const string Root = "ImspTQPwCqd";
    public const string Facility = "DiszpKrYNg8";
    public const string District = "O6uvpzGd5pu";

    public static Dhis2PublicationPlan Create() => new()
    {
        Categories =
        [
            new CategorySpec("PASS_CAT_CADRE", new("Cadre", "Cadre"), new("Cadre", "Cadre"),
            [
                new CategoryOptionSpec("PASS_CO_SFE", new("Sage-femme d'État", "State midwife"), new("Sage-femme", "Midwife")),
                new CategoryOptionSpec("PASS_CO_IDE", new("Infirmier d'État", "State nurse"), new("Infirmier", "Nurse")),
            ]),
            new CategorySpec("PASS_CAT_SEXE", new("Sexe", "Sex"), new("Sexe", "Sex"),
            [
                new CategoryOptionSpec("PASS_CO_F", new("Femme", "Female"), new("Femme", "Female")),
                new CategoryOptionSpec("PASS_CO_M", new("Homme", "Male"), new("Homme", "Male")),
            ]),
        ],
        CategoryCombos =
        [
            new CategoryComboSpec("PASS_CC_CADRE_SEXE", new("Cadre et sexe", "Cadre and sex"), ["PASS_CAT_CADRE", "PASS_CAT_SEXE"]),
        ],
        DataElements =
        [
            new DataElementSpec("PASS_DE_EFFECTIF", new("RH - Effectif en poste", "HR - Staff in post"),
                new("RH Effectif", "HR Staff"), Dhis2ValueType.IntegerZeroOrPositive, Dhis2AggregationType.Sum,
                "PASS_CC_CADRE_SEXE", new("Agents en poste au dernier jour de la période", "Staff in post on the last day of the period"),
                ZeroIsSignificant: true),
            new DataElementSpec("PASS_DE_NORME", new("RH - Effectif requis par la norme", "HR - Staff required by the norm"),
                new("RH Norme", "HR Norm"), Dhis2ValueType.IntegerZeroOrPositive, Dhis2AggregationType.Sum),
            new DataElementSpec("PASS_DE_POP", new("Population desservie", "Population served"),
                new("Population", "Population"), Dhis2ValueType.IntegerZeroOrPositive, Dhis2AggregationType.Sum),
        ],
        DataSets =
        [
            new DataSetSpec("PASS_DS_RH", new("Passerelle - Ressources humaines", "Passerelle - Human resources"),
                new("Passerelle RH", "Passerelle HR"), Dhis2PeriodType.Yearly,
                ["PASS_DE_EFFECTIF", "PASS_DE_NORME", "PASS_DE_POP"], [Facility]),
        ],
        IndicatorTypes =
        [
            new IndicatorTypeSpec("PASS_IT_PCT", new("Pour cent", "Per cent"), 100),
            new IndicatorTypeSpec("PASS_IT_10000", new("Pour 10 000", "Per 10,000"), 10_000),
        ],
        Indicators =
        [
            new IndicatorSpec("PASS_IN_COUVERTURE_NORME", new("RH - Couverture de la norme (%)", "HR - Norm coverage (%)"),
                new("RH Couverture norme", "HR Norm coverage"),
                "#{PASS_DE_EFFECTIF}", new("Effectif en poste", "Staff in post"),
                "#{PASS_DE_NORME}", new("Effectif requis", "Staff required"), "PASS_IT_PCT"),
            new IndicatorSpec("PASS_IN_SFE_10000", new("Sages-femmes pour 10 000 habitants", "Midwives per 10,000 population"),
                new("SFE / 10 000 hab.", "Midwives / 10,000"),
                "#{PASS_DE_EFFECTIF.co:PASS_CO_SFE}", new("Sages-femmes en poste", "Midwives in post"),
                "#{PASS_DE_POP}", new("Population", "Population"), "PASS_IT_10000"),
        ],
        OrganisationUnitGroupSets =
        [
            new OrganisationUnitGroupSetSpec("PASS_OUGS_TYPE", new("Type de structure", "Facility type"),
                new("Type de structure", "Facility type"),
            [
                new OrganisationUnitGroupSpec("PASS_OUG_CS", new("Centre de santé", "Health centre"), new("Centre de santé", "Health centre"), [Facility]),
                new OrganisationUnitGroupSpec("PASS_OUG_PS", new("Poste de santé", "Health post"), new("Poste de santé", "Health post"), []),
            ]),
        ],
        Visualizations =
        [
            new VisualizationSpec("PASS_VZ_COUVERTURE_TABLE", new("RH - Couverture de la norme par district", "HR - Norm coverage by district"),
                Dhis2VisualizationKind.PivotTable, ["PASS_IN_COUVERTURE_NORME", "PASS_DE_EFFECTIF"], Dhis2RelativePeriod.ThisYear, [Root], [2]),
            new VisualizationSpec("PASS_VZ_SFE_CHART", new("Sages-femmes pour 10 000 habitants", "Midwives per 10,000 population"),
                Dhis2VisualizationKind.Column, ["PASS_IN_SFE_10000"], Dhis2RelativePeriod.LastYear, [Root], [2]),
        ],
        Maps =
        [
            new MapSpec("PASS_MAP_COUVERTURE", new("Carte - Couverture de la norme", "Map - Norm coverage"), 14.5, -14.5, 6,
            [
                new MapLayerSpec(new("Districts", "Districts"), "PASS_IN_COUVERTURE_NORME", Root, 2, Dhis2ThematicMapType.Choropleth, Dhis2RelativePeriod.ThisYear),
                new MapLayerSpec(new("Structures", "Facilities"), "PASS_DE_EFFECTIF", Root, 4, Dhis2ThematicMapType.Bubble, Dhis2RelativePeriod.ThisYear),
            ]),
        ],
        Dashboards =
        [
            new DashboardSpec("PASS_DB_RH", new("Ressources humaines et carte sanitaire", "Human resources and health map"),
                ["PASS_VZ_COUVERTURE_TABLE", "PASS_VZ_SFE_CHART", "PASS_MAP_COUVERTURE"]),
        ],
    };
}
