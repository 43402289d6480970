using Passerelle.Core.Facilities;
using Passerelle.Core.Geography;
using Passerelle.Core.Matching;

namespace Passerelle.Core.Tests.Matching;

public sealed class FacilityMatcherTests
{
    [Fact]
    public void Match_PerturbedCopy_FindsAlmostEveryPairAutomatically()
    {
        // Given
        var (left, right) = FacilityLists.Perturbed(150);

        // When
        var result = new FacilityMatcher().Match(left, right);

        // Then
        var correct = result.Matches.Count(m => m.Status == MatchStatus.Matched && m.RightId == "R" + m.LeftId[1..]);
        var wrong = result.Matches.Count(m => m.Status == MatchStatus.Matched && m.RightId != "R" + m.LeftId[1..]);
        Assert.True(correct >= 140, $"correct {correct}");
        Assert.Equal(0, wrong);
    }

    [Fact]
    public void Match_EveryLeftRecord_GetsExactlyOneRow()
    {
        // Given
        var (left, right) = FacilityLists.Perturbed(60);

        // When
        var result = new FacilityMatcher().Match(left, right.Take(30).ToList());

        // Then
        Assert.Equal(left.Select(l => l.SourceId), result.Matches.Select(m => m.LeftId));
        Assert.All(result.Matches.Where(m => m.Status == MatchStatus.Unmatched), m => Assert.Null(m.RightId));
    }

    [Fact]
    public void Match_PairLinkedByPerson_IsKeptAgainstTheEngine()
    {
        // Given: a person linked L0 to a record the engine would never pick
        var (left, right) = FacilityLists.Perturbed(60);
        var decisions = new[] { new MatchDecision("L0", "R7", MatchVerdict.Linked) };

        // When
        var result = new FacilityMatcher().Match(left, right, decisions);

        // Then
        var row = result.Matches.Single(m => m.LeftId == "L0");
        Assert.Equal("R7", row.RightId);
        Assert.Equal(MatchStatus.Matched, row.Status);
        Assert.True(row.Flags.HasFlag(MatchFlags.DecidedByPerson));
        Assert.DoesNotContain(result.Matches, m => m.LeftId != "L0" && m.RightId == "R7" && m.Status == MatchStatus.Matched);
    }

    [Fact]
    public void Match_PairRejectedByPerson_IsNeverProposed()
    {
        // Given
        var (left, right) = FacilityLists.Perturbed(60);
        var decisions = new[] { new MatchDecision("L1", "R1", MatchVerdict.Rejected) };

        // When
        var result = new FacilityMatcher().Match(left, right, decisions);

        // Then
        Assert.NotEqual("R1", result.Matches.Single(m => m.LeftId == "L1").RightId);
    }

    [Fact]
    public void Match_OneRightForTwoIdenticalLeft_FlagsManyToOne()
    {
        // Given: the registry lists the same health post twice, DHIS2 once
        var (left, right) = FacilityLists.Perturbed(60);
        var point = new GeoPoint(14.5, -16.8);
        left.Add(FacilityLists.Facility("DUP1", "Poste de santé de Sorokogne", "Mbour", point, FacilityType.PosteDeSante));
        left.Add(FacilityLists.Facility("DUP2", "Poste de santé de Sorokogne", "Mbour", point, FacilityType.PosteDeSante));
        right.Add(FacilityLists.Facility("RDUP", "PS Sorokogne", "Mbour", point, source: SourceSystem.Dhis2));

        // When
        var result = new FacilityMatcher().Match(left, right);

        // Then
        var rows = result.Matches.Where(m => m.LeftId.StartsWith("DUP", StringComparison.Ordinal)).ToList();
        Assert.All(rows, r => Assert.Equal("RDUP", r.RightId));
        Assert.All(rows, r => Assert.Equal(MatchStatus.Review, r.Status));
        Assert.All(rows, r => Assert.True(r.Flags.HasFlag(MatchFlags.ManyToOne)));
    }

    [Fact]
    public void Match_TwoRightsForOneLeft_FlagsOneToMany()
    {
        // Given: DHIS2 holds the health post twice (old and new unit)
        var (left, right) = FacilityLists.Perturbed(60);
        var point = new GeoPoint(14.5, -16.8);
        left.Add(FacilityLists.Facility("ONE", "Poste de santé de Sorokogne", "Mbour", point, FacilityType.PosteDeSante));
        right.Add(FacilityLists.Facility("TWIN1", "PS Sorokogne", "Mbour", point, source: SourceSystem.Dhis2));
        right.Add(FacilityLists.Facility("TWIN2", "Poste de santé Sorokogne", "Mbour", point, source: SourceSystem.Dhis2));

        // When
        var result = new FacilityMatcher().Match(left, right);

        // Then
        var row = result.Matches.Single(m => m.LeftId == "ONE");
        Assert.Equal(MatchStatus.Review, row.Status);
        Assert.True(row.Flags.HasFlag(MatchFlags.OneToMany));
    }

    [Fact]
    public void Match_PosteBecomeCentre_FlagsTypeUpgrade()
    {
        // Given
        var (left, right) = FacilityLists.Perturbed(60);
        var point = new GeoPoint(14.5, -16.8);
        left.Add(FacilityLists.Facility("UP", "Poste de santé de Sorokogne", "Mbour", point, FacilityType.PosteDeSante));
        right.Add(FacilityLists.Facility("RUP", "Centre de santé de Sorokogne", "Mbour", point, FacilityType.CentreDeSanteType1, SourceSystem.Dhis2));

        // When
        var result = new FacilityMatcher().Match(left, right);

        // Then
        var row = result.Matches.Single(m => m.LeftId == "UP");
        Assert.Equal("RUP", row.RightId);
        Assert.True(row.Flags.HasFlag(MatchFlags.TypeUpgrade));
    }

    [Fact]
    public void Match_Explanation_NamesEverySignalInFrenchAndEnglish()
    {
        // Given
        var (left, right) = FacilityLists.Perturbed(60);

        // When
        var row = new FacilityMatcher().Match(left, right).Matches[1];

        // Then
        Assert.Equal(SignalLevels.Signals.Count, row.Contributions.Count);
        Assert.Contains("Nom : nom identique après normalisation", row.ExplanationFrench, StringComparison.Ordinal);
        Assert.Contains("Name: same name after normalisation", row.ExplanationEnglish, StringComparison.Ordinal);
    }

    [Fact]
    public void Match_RenamedDistrictInAliasTable_CountsAsSameDistrict()
    {
        // Given
        var (left, right) = FacilityLists.Perturbed(60);
        left.Add(FacilityLists.Facility("G", "Poste de santé de Ouadiour", "Gossas", new GeoPoint(14.3, -16.2), FacilityType.PosteDeSante, region: "Fatick"));
        right.Add(FacilityLists.Facility("RG", "PS Ouadiour", "Colobane", null, source: SourceSystem.Dhis2, region: "Fatick"));

        // When
        var row = new FacilityMatcher().Match(left, right).Matches.Single(m => m.LeftId == "G");

        // Then
        Assert.Equal("same_district", row.Contributions.Single(c => c.Signal == MatchSignal.Hierarchy).Level?.Code);
    }

    [Fact]
    public void Options_ReviewAboveAccept_FailsWithOptionName()
    {
        // When
        var error = Assert.Throws<ArgumentException>(() => new FacilityMatcher(new FacilityMatchOptions { AcceptThreshold = 0.5, ReviewThreshold = 0.8 }));

        // Then
        Assert.Equal("ReviewThreshold", error.ParamName);
    }
}
