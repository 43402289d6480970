using Passerelle.Sync.Plan;

namespace Passerelle.Sync.Tests.Plan;

public sealed class WisnPlanTests
{
    [Fact]
    public void ServiceDataElements_ShippedPlan_AreTheDemoDhis2Codes()
    {
        // Given the shipped plan
        // When its DHIS2 service elements are listed
        var codes = AnalysisPlanLoader.LoadShipped().ServiceDataElements();

        // Then they are the workload and WISN elements, each once
        Assert.Equal(["ACCOUCH_ASSISTES", "CONS_CURATIVES", "CPN1", "PENTA3"], codes);
    }

    [Fact]
    public void Check_SupportActivitiesTakingAllTheTime_IsReported()
    {
        // Given a WISN standard whose support activities take 9 hours of an 8-hour day
        var plan = AnalysisPlanLoader.LoadShipped();
        plan.Wisn[0].CategoryAllowances.Add(new AllowanceStandard { Code = "tout", Hours = 9, Frequency = Core.Indicators.Wisn.AllowanceFrequency.PerDay });

        // When the plan is checked
        var problems = AnalysisPlanLoader.Check(plan);

        // Then the problem names the cadre and CAF
        Assert.Contains(problems, p => p.StartsWith("wisn[IDE].categoryAllowances", StringComparison.Ordinal) && p.Contains("CAF", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_UnknownCadre_IsReported()
    {
        // Given a WISN standard for a cadre that does not exist
        var plan = AnalysisPlanLoader.LoadShipped();
        plan.Wisn[0].Cadre = "XYZ";

        // When the plan is checked / Then it is reported
        Assert.Contains(AnalysisPlanLoader.Check(plan), p => p.StartsWith("wisn[XYZ].cadre", StringComparison.Ordinal));
    }
}
