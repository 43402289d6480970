using Passerelle.Sync.Plan;

namespace Passerelle.Sync.Tests.Plan;

public sealed class AnalysisPlanLoaderTests
{
    [Fact]
    public void LoadShipped_IsValidAndAnswersEveryQuestion()
    {
        var plan = AnalysisPlanLoader.LoadShipped();

        Assert.NotEmpty(plan.Questions);
        Assert.All(plan.Questions, q => Assert.All(q.Indicators, code => Assert.NotNull(plan.Indicator(code))));
        Assert.Contains(plan.Indicators, i => i.Formula == "wisn_ratio");
    }

    [Fact]
    public void Parse_UnknownFormulaAndIndicator_NamesEachProblem()
    {
        const string yaml = """
            questions:
              - id: Q1
                fr: Question
                en: Question
                indicators: [A, MISSING]
            indicators:
              - code: A
                fr: Un
                en: One
                formula: magic
                period: Weekly
                sources: [ihris, excel]
            """;

        var error = Assert.Throws<AnalysisPlanException>(() => AnalysisPlanLoader.Parse(yaml, "plan.yaml"));

        Assert.Contains(error.Problems, p => p.StartsWith("indicators[A].formula", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.StartsWith("indicators[A].period", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("excel", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.StartsWith("questions[Q1]", StringComparison.Ordinal) && p.Contains("MISSING", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_MissingParameter_IsReported()
    {
        const string yaml = """
            questions:
              - { id: Q1, fr: Q, en: Q, indicators: [D] }
            indicators:
              - { code: D, fr: D, en: D, formula: density_per_10000, period: Yearly }
            """;

        var error = Assert.Throws<AnalysisPlanException>(() => AnalysisPlanLoader.Parse(yaml, "plan.yaml"));

        Assert.Contains(error.Problems, p => p.Contains("nhwaGroup", StringComparison.Ordinal));
    }
}
