using Passerelle.Core.Storage;
using Passerelle.Sync.Analysis;

namespace Passerelle.Sync.Tests.Analysis;

public sealed class ServiceYearTests
{
    private static readonly Dictionary<string, string> Links = new(StringComparer.Ordinal) { ["ouDhis2A"] = "SN-A", ["ouDhis2B"] = "SN-B" };

    private static readonly string[] Months = ["202601", "202602", "202603"];

    [Fact]
    public void Add_TwoValuesOfOneMonth_SummedAndTheMonthCountedOnce()
    {
        var year = new ServiceYear(Links, Months);

        year.Add(new ServiceVolume("CONSULTATIONS", "202602", "ouDhis2A", 10));
        year.Add(new ServiceVolume("CONSULTATIONS", "202602", "ouDhis2A", 5));
        year.Add(new ServiceVolume("CONSULTATIONS", "202603", "ouDhis2A", 1));

        Assert.Equal(16, year.Annual("SN-A", "CONSULTATIONS"));
        Assert.Equal(2, year.MonthsReported("SN-A", "CONSULTATIONS"));
        Assert.Equal(2, year.MonthsReported("SN-A"));
    }

    [Fact]
    public void Series_MonthWithoutValue_IsAbsentAndAZeroIsKept()
    {
        var year = new ServiceYear(Links, Months);
        year.Add(new ServiceVolume("ACCOUCHEMENTS", "202601", "ouDhis2B", 0));
        year.Add(new ServiceVolume("ACCOUCHEMENTS", "202603", "ouDhis2B", 7));

        var (facility, element, months) = Assert.Single(year.Series);

        Assert.Equal(("SN-B", "ACCOUCHEMENTS"), (facility, element));
        Assert.Equal([new("202601", 0.0), new KeyValuePair<string, double>("202603", 7.0)], months);
        Assert.False(months.ContainsKey("202602"));
        Assert.Equal(2, months.Count);
    }

    [Fact]
    public void Add_UnitWithoutAcceptedLink_CountedApartAndLeftOut()
    {
        var year = new ServiceYear(Links, Months);

        year.Add(new ServiceVolume("CONSULTATIONS", "202601", "ouNotLinked", 3));

        Assert.Equal(1, year.UnlinkedValues);
        Assert.Empty(year.Facilities);
    }

    [Fact]
    public void Add_PeriodOutsideTheExpectedMonths_KeptAfterThem()
    {
        var year = new ServiceYear(Links, Months);
        year.Add(new ServiceVolume("CONSULTATIONS", "202601", "ouDhis2A", 1));

        year.Add(new ServiceVolume("CONSULTATIONS", "202612", "ouDhis2A", 4));

        Assert.Equal(5, year.Annual("SN-A", "CONSULTATIONS"));
        Assert.Equal(4, Assert.Single(year.Series).Months["202612"]);
    }

    [Fact]
    public void Add_MoreThan64Periods_RefusedWithTheReason()
    {
        var year = new ServiceYear(Links, [.. Enumerable.Range(0, ServiceYear.MaxPeriods).Select(i => $"P{i:000}")]);

        var refused = Assert.Throws<ArgumentException>(() => year.Add(new ServiceVolume("CONSULTATIONS", "202601", "ouDhis2A", 1)));

        Assert.Contains("périodes", refused.Message, StringComparison.Ordinal);
    }
}
