using Passerelle.Core.Storage;

namespace Passerelle.Sync.Analysis;

/// <summary>One data-quality finding, in French and English, tied to the indicator that counts it.</summary>
public sealed record DataQualityFinding(string IndicatorCode, OrgLevel Level, string UnitId, string French, string English);

/// <summary>The findings and the values counting them (stored with the other results).</summary>
public sealed record DataQualityReport(IReadOnlyList<DataQualityFinding> Findings, IReadOnlyList<IndicatorValue> Values)
{
    /// <summary>Findings per indicator code, for the summary.</summary>
    public IReadOnlyDictionary<string, int> CountByIndicator =>
        Findings.GroupBy(f => f.IndicatorCode, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
}
