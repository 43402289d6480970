using Passerelle.Core.Geography;
using Passerelle.Core.Matching;

namespace Passerelle.Core.Tests.Matching;

public sealed class BlockingTests
{
    private static readonly FacilityMatchOptions Options = new();
    private static readonly AdministrativeNameComparer Administrative = new(Options.AdministrativeAliases);

    [Fact]
    public void Candidates_DistantRecordsSharingNothing_AreNeverCompared()
    {
        // Given: different names, districts, regions and 300 km apart
        var left = new[] { Prepare(FacilityLists.Facility("L", "Poste de santé de Ndiaganiao", "Mbour", new GeoPoint(14.3, -16.8))) };
        var right = new[] { Prepare(FacilityLists.Facility("R", "Poste de santé de Kédougou", "Kédougou", new GeoPoint(12.55, -12.18), region: "Kédougou")) };
        var blocker = new CandidateBlocker(left, right, Options);

        // When
        var candidates = blocker.Candidates(left[0], blocker.NewScratch());

        // Then
        Assert.Empty(candidates);
    }

    [Fact]
    public void Candidates_PerturbedCopies_IncludeEveryTruePair()
    {
        // Given
        var (left, right) = FacilityLists.Perturbed(120);
        var preparedLeft = left.Select(Prepare).ToArray();
        var preparedRight = right.Select(Prepare).ToArray();
        var blocker = new CandidateBlocker(preparedLeft, preparedRight, Options);
        var scratch = blocker.NewScratch();

        // When
        var found = preparedLeft.Select((l, i) => blocker.Candidates(l, scratch).Contains(i)).ToList();

        // Then
        Assert.All(found, Assert.True);
    }

    [Fact]
    public void Candidates_TypoInFirstLettersWithoutCoordinates_FoundThroughDistrictTokens()
    {
        // Given
        var left = new[] { Prepare(FacilityLists.Facility("L", "Poste de santé de Keur Massar Nord", "Pikine")) };
        var right = new[] { Prepare(FacilityLists.Facility("R", "PS Kuer Massar Nord", "Pikine")) };
        var blocker = new CandidateBlocker(left, right, Options);

        // When
        var candidates = blocker.Candidates(left[0], blocker.NewScratch());

        // Then
        Assert.Equal([0], candidates);
    }

    [Fact]
    public void Candidates_ManyRecords_StayFarBelowAllPairs()
    {
        // Given
        var (left, right) = FacilityLists.Perturbed(600);
        var preparedLeft = left.Select(Prepare).ToArray();
        var preparedRight = right.Select(Prepare).ToArray();
        var blocker = new CandidateBlocker(preparedLeft, preparedRight, Options);
        var scratch = blocker.NewScratch();

        // When
        var pairs = preparedLeft.Sum(l => (long)blocker.Candidates(l, scratch).Length);

        // Then
        Assert.True(pairs < 600L * 600 / 10, $"{pairs} pairs");
    }

    private static PreparedFacility Prepare(Passerelle.Core.Facilities.SourceFacility facility) => new(facility, Administrative);
}
