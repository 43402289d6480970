using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Passerelle.Dhis2.Uids;

namespace Passerelle.Dhis2.Tests.Uids;

public sealed class Dhis2UidTests
{
    [Property(MaxTest = 500)]
    public bool FromCode_AnyCode_IsAValidUid(NonEmptyString code) => Dhis2Uid.IsValid(Dhis2Uid.FromCode(code.Get));

    [Property(MaxTest = 500)]
    public bool FromCode_SameCodeTwice_GivesTheSameUid(NonEmptyString code) =>
        Dhis2Uid.FromCode(code.Get) == Dhis2Uid.FromCode(code.Get);

    [Property(MaxTest = 500)]
    public Property FromCode_DifferentCodes_GiveDifferentUids(NonEmptyString first, NonEmptyString second) =>
        (Dhis2Uid.FromCode(first.Get) != Dhis2Uid.FromCode(second.Get)).When(first.Get != second.Get);

    [Fact]
    public void FromCode_KnownCode_IsStableAcrossReleases()
    {
        // A change here would make every deployed DHIS2 re-create Passerelle's metadata instead of updating it.
        Assert.Equal("QQbhmEE8UlC", Dhis2Uid.FromCode("PASS_DE_EFFECTIF"));
    }

    [Fact]
    public void FromCode_SameCodeInTwoKinds_GivesTwoUids()
    {
        Assert.NotEqual(Dhis2Uid.FromCode("category", "SEXE"), Dhis2Uid.FromCode("categoryCombo", "SEXE"));
    }

    [Fact]
    public void FromCode_TenThousandCodes_HaveNoCollision()
    {
        var uids = Enumerable.Range(0, 10_000).Select(i => Dhis2Uid.FromCode($"FAC_{i}")).ToHashSet();

        Assert.Equal(10_000, uids.Count);
    }

    [Theory]
    [InlineData("ImspTQPwCqd", true)]
    [InlineData("HllvX50cXC0", true)]
    [InlineData("0mspTQPwCqd", false)]
    [InlineData("ImspTQPwCq", false)]
    [InlineData("ImspTQPwCqdX", false)]
    [InlineData("Imsp-QPwCqd", false)]
    [InlineData("Imsp\u00e9QPwCqd", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsValid_Examples_MatchDhis2Pattern(string? uid, bool expected)
    {
        Assert.Equal(expected, Dhis2Uid.IsValid(uid));
    }
}
