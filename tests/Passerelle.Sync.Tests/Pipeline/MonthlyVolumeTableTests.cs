using Passerelle.Dhis2.Model;
using Passerelle.Sync.Pipeline;

namespace Passerelle.Sync.Tests.Pipeline;

public sealed class MonthlyVolumeTableTests
{
    private static readonly ServiceVolumeRequest Request = new(
        new Dictionary<string, string>(StringComparer.Ordinal) { ["deUidCons01"] = "CONSULTATIONS", ["deUidAcc001"] = "ACCOUCHEMENTS" },
        ["202601", "202602"],
        ["rootUid0001"],
        new HashSet<string>(StringComparer.Ordinal) { "ouB", "ouA" });

    [Fact]
    public void Add_TwoCombosOfOneMonth_SumsThem()
    {
        var table = new MonthlyVolumeTable(Request);

        table.Add(new Dhis2DataValue("deUidCons01", "202601", "ouA", "cocFemale01", Value: "12"));
        table.Add(new Dhis2DataValue("deUidCons01", "202601", "ouA", "cocMale0001", Value: "30.5"));

        var volume = Assert.Single(table.OfMonth("202601"));
        Assert.Equal(("CONSULTATIONS", "202601", "ouA", 42.5), (volume.DataElementCode, volume.Period, volume.FacilityId, volume.Value));
    }

    [Theory]
    [InlineData("deUidCons01", "202601", "ouOutside", "5", null)]
    [InlineData("deUidUnknwn", "202601", "ouA", "5", null)]
    [InlineData("deUidCons01", "202603", "ouA", "5", null)]
    [InlineData("deUidCons01", "202601", "ouA", "beaucoup", null)]
    [InlineData("deUidCons01", "202601", "ouA", "5", true)]
    public void Add_ValueNotAskedForOrNotANumber_IsLeftOut(string element, string period, string unit, string value, bool? deleted)
    {
        var table = new MonthlyVolumeTable(Request);

        var kept = table.Add(new Dhis2DataValue(element, period, unit, Value: value, Deleted: deleted));

        Assert.False(kept);
        Assert.Equal(0, table.Count);
    }

    [Fact]
    public void OfMonth_SumsOfSeveralMonths_OnlyThatMonthByCodeThenFacility()
    {
        var table = new MonthlyVolumeTable(Request);
        table.Add(new Dhis2DataValue("deUidCons01", "202602", "ouB", Value: "1"));
        table.Add(new Dhis2DataValue("deUidCons01", "202601", "ouB", Value: "2"));
        table.Add(new Dhis2DataValue("deUidAcc001", "202602", "ouB", Value: "3"));
        table.Add(new Dhis2DataValue("deUidCons01", "202602", "ouA", Value: "4"));

        var february = table.OfMonth("202602").Select(v => (v.DataElementCode, v.FacilityId, v.Value)).ToList();

        Assert.Equal([("ACCOUCHEMENTS", "ouB", 3.0), ("CONSULTATIONS", "ouA", 4.0), ("CONSULTATIONS", "ouB", 1.0)], february);
        Assert.Empty(table.OfMonth("202603"));
    }

    [Fact]
    public void Fingerprint_SameValuesInAnotherOrder_Equal_AndDifferentValue_Differs()
    {
        Dhis2DataValue[] values =
        [
            new("deUidCons01", "202601", "ouA", Value: "2"),
            new("deUidAcc001", "202602", "ouB", Value: "3"),
            new("deUidCons01", "202602", "ouA", Value: "4"),
        ];
        var first = new MonthlyVolumeTable(Request);
        var second = new MonthlyVolumeTable(Request);
        var changed = new MonthlyVolumeTable(Request);
        foreach (var value in values)
        {
            first.Add(value);
            changed.Add(value);
        }

        foreach (var value in values.Reverse())
        {
            second.Add(value);
        }

        changed.Add(new Dhis2DataValue("deUidCons01", "202601", "ouA", "cocOther001", Value: "1"));

        Assert.Equal(first.Fingerprint(), second.Fingerprint());
        Assert.NotEqual(first.Fingerprint(), changed.Fingerprint());
    }
}
