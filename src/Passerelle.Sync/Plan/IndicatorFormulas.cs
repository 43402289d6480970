namespace Passerelle.Sync.Plan;

/// <summary>The calculations an analysis plan can name, with the parameters each requires.</summary>
public static class IndicatorFormulas
{
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Known { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        ["headcount"] = [],
        ["norm_required"] = [],
        ["norm_gap"] = [],
        ["norm_met_share"] = [],
        ["density_per_10000"] = ["nhwaGroup"],
        ["population_per_worker"] = ["cadre", "maximum"],
        ["far_per_midwife"] = ["maximum"],
        ["workload_per_worker"] = ["dataElement", "cadres"],
        ["wisn_required"] = ["cadre"],
        ["wisn_difference"] = ["cadre"],
        ["wisn_ratio"] = ["cadre"],
        ["dq_activity_without_qualified_staff"] = [],
        ["dq_staff_at_unknown_facility"] = [],
        ["dq_dhis2_unit_unmatched"] = [],
        ["dq_duplicate_workers"] = [],
        ["dq_stale_records"] = [],
        ["headcount_by_sex"] = [],
        ["dq_ihris_facility_not_in_registry"] = [],
        ["dq_worker_without_facility_or_cadre"] = [],
        ["dq_service_volume_outlier"] = [],
        ["dq_reporting_completeness"] = [],
        ["dq_norm_missing"] = [],
        ["dq_population_missing"] = [],
    };

    public static IReadOnlyList<string> Sources { get; } = ["ihris", "healthmap", "dhis2", "population"];

    public static IReadOnlyList<string> Levels { get; } = ["facility", "district", "region", "country"];

    public static IReadOnlyList<string> Periods { get; } = ["Monthly", "Yearly"];
}
