using Passerelle.Core.Publishing;

namespace Passerelle.Core.Tests.Publishing;

public sealed class DataValueDiffTests
{
    private static AggregateValue V(string ou, string value, string pe = "2026") =>
        new(new AggregateKey("deUid000001", pe, ou, "cocUid00001", "HllvX50cXC0"), value);

    [Fact]
    public void Compute_SortsEachValueIntoItsCase()
    {
        // Given DHIS2 holds three values and Passerelle computes three
        var current = new[] { V("ouA", "3"), V("ouB", "4"), V("ouC", "7") };
        var desired = new[] { V("ouA", "3.0"), V("ouB", "5"), V("ouD", "1") };

        // When
        var diff = DataValueDiff.Compute(desired, current, _ => true);

        // Then
        Assert.Equal("ouD", Assert.Single(diff.Added).Key.OrgUnit);
        Assert.Equal("ouB", Assert.Single(diff.Changed).Key.OrgUnit);
        Assert.Equal("ouA", Assert.Single(diff.Unchanged).Key.OrgUnit);
        Assert.Equal("ouC", Assert.Single(diff.Removed).Key.OrgUnit);
        Assert.Equal(2, diff.ToSend.Count());
    }

    [Fact]
    public void Compute_SameValues_IsEmpty()
    {
        var values = new[] { V("ouA", "3"), V("ouB", "4") };
        Assert.True(DataValueDiff.Compute(values, values, _ => true).IsEmpty);
    }

    [Fact]
    public void Compute_FacilityLeftScope_IsKeptNotRemoved()
    {
        var current = new[] { V("ouGone", "2") };

        var diff = DataValueDiff.Compute([], current, ou => ou != "ouGone");

        Assert.Empty(diff.Removed);
        Assert.Single(diff.LeftOutOfScope);
    }

    [Fact]
    public void Compute_DuplicateDesiredKey_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => DataValueDiff.Compute([V("ouA", "1"), V("ouA", "2")], [], _ => true));
    }
}
