namespace Passerelle.Sync.Plan;

/// <summary>
/// The analysis plan: the questions the ministry asks, in French and English, and for each the
/// indicators that answer it. Read from <c>analysis-plan.yaml</c>.
/// </summary>
public sealed class AnalysisPlan
{
    public int Version { get; set; } = 1;

    public LocalizedText Title { get; set; } = new();

    public List<PlanQuestion> Questions { get; set; } = [];

    public List<PlanIndicator> Indicators { get; set; } = [];

    /// <summary>WISN activity standards per cadre.</summary>
    public List<WisnStandard> Wisn { get; set; } = [];

    /// <summary>DHIS2 data element codes the plan's workload and WISN indicators read.</summary>
    public IReadOnlyList<string> ServiceDataElements() =>
        [.. Indicators.Where(i => i.Formula == "workload_per_worker" && i.Parameters.ContainsKey("dataElement")).Select(i => i.Parameters["dataElement"])
            .Concat(Wisn.SelectMany(w => w.Activities).Select(a => a.DataElement))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];

    public PlanIndicator? Indicator(string code) =>
        Indicators.FirstOrDefault(i => string.Equals(i.Code, code, StringComparison.Ordinal));
}

public sealed class LocalizedText
{
    public string Fr { get; set; } = "";

    public string En { get; set; } = "";
}

public sealed class PlanQuestion
{
    public string Id { get; set; } = "";

    public string Fr { get; set; } = "";

    public string En { get; set; } = "";

    public List<string> Indicators { get; set; } = [];
}

public sealed class PlanIndicator
{
    /// <summary>Stable code; also the DHIS2 data element code stem (PASS_…).</summary>
    public string Code { get; set; } = "";

    public string Fr { get; set; } = "";

    public string En { get; set; } = "";

    /// <summary>One of the calculations Passerelle knows (see <see cref="IndicatorFormulas"/>).</summary>
    public string Formula { get; set; } = "";

    /// <summary>Parameters of the formula (e.g. the cadre or the data element).</summary>
    public Dictionary<string, string> Parameters { get; set; } = [];

    public List<string> Disaggregations { get; set; } = [];

    /// <summary>Organisation levels the indicator is computed at: facility, district, region, country.</summary>
    public List<string> Levels { get; set; } = [];

    /// <summary>Monthly or Yearly.</summary>
    public string Period { get; set; } = "Yearly";

    /// <summary>Sources the indicator needs: ihris, healthmap, dhis2, population.</summary>
    public List<string> Sources { get; set; } = [];

    /// <summary>Published to DHIS2 when true.</summary>
    public bool Publish { get; set; } = true;
}
