using FsCheck.Xunit;
using Passerelle.Core.Matching;

namespace Passerelle.Core.Tests.Matching;

public sealed class StringSimilarityTests
{
    [Theory]
    [InlineData("martha", "marhta", 0.961)]
    [InlineData("dwayne", "duane", 0.840)]
    [InlineData("dixon", "dicksonx", 0.813)]
    [InlineData("mbour", "mbour", 1.0)]
    [InlineData("abc", "xyz", 0.0)]
    public void JaroWinkler_KnownPairs_MatchPublishedValues(string a, string b, double expected)
    {
        // When
        var similarity = StringSimilarity.JaroWinkler(a, b);

        // Then
        Assert.Equal(expected, similarity, 3);
    }

    [Fact]
    public void TrigramDice_OneTypo_StaysHighButBelowOne()
    {
        // When
        var similarity = StringSimilarity.TrigramDice("ndiaganiao", "ndiagniao");

        // Then
        Assert.InRange(similarity, 0.6, 0.99);
    }

    [Fact]
    public void TrigramDice_UnrelatedWords_IsLow() =>
        Assert.True(StringSimilarity.TrigramDice("kaolack", "ziguinchor") < 0.1);

    [Fact]
    public void TokenSetJaccard_SharedWords_IsShareOfUnion() =>
        Assert.Equal(1.0 / 3, StringSimilarity.TokenSetJaccard(["keur", "massar"], ["keur", "mbaye"]), 6);

    [Fact]
    public void MongeElkan_WordSwapWithTypo_IsHigh() =>
        Assert.True(StringSimilarity.MongeElkan(["keur", "massar", "nord"], ["nord", "keur", "masar"]) > 0.95);

    [Fact]
    public void MongeElkan_ExtraWordOnOneSide_CountsAgainst() =>
        Assert.True(StringSimilarity.MongeElkan(["keur", "massar"], ["keur", "massar", "nord"]) < 0.9);

    [Fact]
    public void TokenSimilarity_DifferentNumbers_IsZero() =>
        Assert.Equal(0, StringSimilarity.TokenSimilarity("2", "3"));

    [Fact]
    public void TokenSimilarity_Contraction_CountsAsAbbreviation() =>
        Assert.True(StringSimilarity.TokenSimilarity("mntn", "mountain") >= 0.88);

    [Property(MaxTest = 300)]
    public bool JaroWinkler_AnyStrings_SymmetricAndInUnitRange(string? a, string? b)
    {
        a ??= string.Empty;
        b ??= string.Empty;
        var ab = StringSimilarity.JaroWinkler(a, b);
        return ab == StringSimilarity.JaroWinkler(b, a) && ab is >= 0 and <= 1;
    }

    [Property(MaxTest = 300)]
    public bool TrigramDice_AnyStrings_SymmetricAndInUnitRange(string? a, string? b)
    {
        a ??= string.Empty;
        b ??= string.Empty;
        var ab = StringSimilarity.TrigramDice(a, b);
        return ab == StringSimilarity.TrigramDice(b, a) && ab is >= 0 and <= 1;
    }

    [Property(MaxTest = 200)]
    public bool MongeElkan_AnyTokens_SymmetricAndInUnitRange(string[]? a, string[]? b)
    {
        var left = (a ?? []).Where(t => !string.IsNullOrEmpty(t)).ToArray();
        var right = (b ?? []).Where(t => !string.IsNullOrEmpty(t)).ToArray();
        var ab = StringSimilarity.MongeElkan(left, right);
        return ab == StringSimilarity.MongeElkan(right, left) && ab is >= 0 and <= 1;
    }
}
