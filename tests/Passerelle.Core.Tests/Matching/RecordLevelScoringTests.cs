using Passerelle.Core.Facilities;
using Passerelle.Core.Geography;
using Passerelle.Core.Matching;

namespace Passerelle.Core.Tests.Matching;

/// <summary>Scores that see a left record's candidates together, and names weighed by how rare they are.</summary>
public sealed class RecordLevelScoringTests
{
    [Fact]
    public void Match_SameNameSameDistrictWithoutCoordinates_IsAcceptedWhenTheNameIsUniqueThere()
    {
        // Given: the registry and DHIS2 both list a health post, neither with coordinates
        var (left, right) = FacilityLists.Perturbed(90);
        left.Add(FacilityLists.Facility("ALONE", "Poste de santé de Thiénaba Seck", "Khombole", type: FacilityType.PosteDeSante));
        right.Add(FacilityLists.Facility("ALONE-R", "P.S. THIENABA SECK", "Khombole", source: SourceSystem.Dhis2));

        // When
        var result = new FacilityMatcher().Match(left, right);

        // Then
        var row = result.Matches.Single(m => m.LeftId == "ALONE");
        Assert.Equal("ALONE-R", row.RightId);
        Assert.Equal(MatchStatus.Matched, row.Status);
    }

    [Fact]
    public void Match_LookAlikeRival_LowersTheScoreOfTheSamePair()
    {
        // Given: the same pair, once alone and once with a second DHIS2 unit of the same name in the district
        var (left, right) = FacilityLists.Perturbed(90);
        var point = new GeoPoint(14.61, -16.93);
        left.Add(FacilityLists.Facility("ONE", "Poste de santé de Thiénaba Seck", "Khombole", point, FacilityType.PosteDeSante));
        right.Add(FacilityLists.Facility("ONE-R", "PS Thiénaba Seck", "Khombole", point, source: SourceSystem.Dhis2));
        var withRival = right.Append(FacilityLists.Facility("RIVAL", "Poste de santé Thienaba Seck", "Khombole", new GeoPoint(14.612, -16.931), source: SourceSystem.Dhis2)).ToList();

        // When
        var alone = new FacilityMatcher().Match(left, right).Matches.Single(m => m.LeftId == "ONE");
        var rivalled = new FacilityMatcher().Match(left, withRival).Matches.Single(m => m.LeftId == "ONE");

        // Then
        Assert.Equal(MatchStatus.Matched, alone.Status);
        Assert.True(rivalled.Score < alone.Score - 0.2, $"alone {alone.Score:F3}, with a rival {rivalled.Score:F3}");
        Assert.Equal(MatchStatus.Review, rivalled.Status);
        Assert.True(rivalled.Flags.HasFlag(MatchFlags.OneToMany));
    }

    [Fact]
    public void Match_NameSharedByManyFacilitiesOfTheDistrict_WeighsLessThanARareName()
    {
        // Given: « Ndiaye » names three facilities of the district on each side (hut, post, centre); « Thiénaba Seck » one
        var (left, right) = FacilityLists.Perturbed(90);
        var point = new GeoPoint(14.70, -16.80);
        foreach (var (suffix, type, label) in new[] { ("H", FacilityType.CaseDeSante, "Case de santé de "), ("P", FacilityType.PosteDeSante, "Poste de santé de "), ("C", FacilityType.CentreDeSanteType1, "Centre de santé de ") })
        {
            left.Add(FacilityLists.Facility("NDIAYE-" + suffix, label + "Ndiaye", "Khombole", type: type));
            right.Add(FacilityLists.Facility("NDIAYE-R" + suffix, label + "Ndiaye", "Khombole", source: SourceSystem.Dhis2, type: type));
        }

        left.Add(FacilityLists.Facility("RARE", "Poste de santé de Thiénaba Seck", "Khombole", point, FacilityType.PosteDeSante));
        right.Add(FacilityLists.Facility("RARE-R", "Poste de santé de Thiénaba Seck", "Khombole", point, source: SourceSystem.Dhis2));

        // When
        var result = new FacilityMatcher().Match(left, right);

        // Then
        var common = result.Matches.Single(m => m.LeftId == "NDIAYE-P").Contributions.Single(c => c.Signal == MatchSignal.Name);
        var rare = result.Matches.Single(m => m.LeftId == "RARE").Contributions.Single(c => c.Signal == MatchSignal.Name);
        Assert.True(rare.Weight > common.Weight, $"rare {rare.Weight:F2} bits, common {common.Weight:F2} bits");
        Assert.Contains("nom porté par 6 fiches dans le district", common.French, StringComparison.Ordinal);
        Assert.Contains("a name 6 records carry in the district", common.English, StringComparison.Ordinal);
    }
}
