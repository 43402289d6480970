using Passerelle.Core.Facilities;
using Passerelle.Core.Geography;
using Passerelle.Core.Matching;
using Passerelle.Core.Matching.Crosswalk;

namespace Passerelle.Core.Tests.Matching;

public sealed class FacilityCrosswalkBuilderTests
{
    [Fact]
    public void Build_ThreeLists_TiesDhis2AndIhrisThroughTheRegistry()
    {
        // Given
        var (registry, dhis2, ihris) = ThreeLists(60);

        // When
        var crosswalk = new FacilityCrosswalkBuilder().Build(registry, dhis2, ihris);

        // Then
        var entry = crosswalk.Entries.Single(e => e.RegistryId == "L5");
        Assert.Equal("FAC-L5", entry.GoldenId);
        Assert.Equal("D5", entry.Dhis2?.SourceId);
        Assert.Equal("I5", entry.Ihris?.SourceId);
    }

    [Fact]
    public void Build_IhrisCarriesUidOfUnitLinkedElsewhere_FlagsContradiction()
    {
        // Given: iHRIS I3 matches registry L3 but says its DHIS2 unit is D4 (linked to L4)
        var (registry, dhis2, ihris) = ThreeLists(60);
        ihris[3] = ihris[3] with { Codes = new Dictionary<string, string> { [FacilityCodeKinds.Dhis2Uid] = "D4" } };

        // When
        var crosswalk = new FacilityCrosswalkBuilder().Build(registry, dhis2, ihris);

        // Then
        var finding = Assert.Single(crosswalk.Findings, f => f.Kind == CrosswalkFindingKind.Contradiction);
        Assert.Equal("I3", finding.SourceId);
        Assert.Contains("D4", finding.French, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Dhis2UnitUnmatchedButNamedByIhris_LinkedByTransitivity()
    {
        // Given: the DHIS2 unit's name says nothing, but iHRIS I7 (≡ L7) carries its uid
        var (registry, dhis2, ihris) = ThreeLists(60);
        dhis2[7] = dhis2[7] with { Name = "Unité 4411", District = null, Location = null };
        ihris[7] = ihris[7] with { Codes = new Dictionary<string, string> { [FacilityCodeKinds.Dhis2Uid] = "D7" } };

        // When
        var crosswalk = new FacilityCrosswalkBuilder().Build(registry, dhis2, ihris);

        // Then
        var entry = crosswalk.Entries.Single(e => e.RegistryId == "L7");
        Assert.Equal("D7", entry.Dhis2?.SourceId);
        Assert.Equal(CrosswalkLinkBasis.Transitive, entry.Dhis2?.Basis);
        Assert.Contains(crosswalk.Findings, f => f.Kind == CrosswalkFindingKind.Inferred && f.SourceId == "D7");
    }

    [Fact]
    public void Build_RegistryEntryWithoutCounterparts_FlaggedRegistryOnly()
    {
        // Given
        var (registry, dhis2, ihris) = ThreeLists(60);
        dhis2.RemoveAt(9);
        ihris.RemoveAt(9);

        // When
        var crosswalk = new FacilityCrosswalkBuilder().Build(registry, dhis2, ihris);

        // Then
        Assert.Contains(crosswalk.Findings, f => f.Kind == CrosswalkFindingKind.RegistryOnly && f.RegistryId == "L9");
    }

    [Fact]
    public void Build_UnitOutsideRegistry_GetsStableHashedGoldenId()
    {
        // Given
        var (registry, dhis2, ihris) = ThreeLists(60);
        dhis2.Add(FacilityLists.Facility("NEW1", "Clinique Madeleine", "Kédougou", new GeoPoint(12.5, -12.2), source: SourceSystem.Dhis2, region: "Kédougou"));

        // When
        var first = new FacilityCrosswalkBuilder().Build(registry, dhis2, ihris);
        var second = new FacilityCrosswalkBuilder().Build(registry, dhis2.AsEnumerable().Reverse().ToList(), ihris);

        // Then
        var golden = first.Entries.Single(e => e.Dhis2?.SourceId == "NEW1").GoldenId;
        Assert.StartsWith("FACX-", golden, StringComparison.Ordinal);
        Assert.Equal(golden, second.Entries.Single(e => e.Dhis2?.SourceId == "NEW1").GoldenId);
        Assert.Equal(first.Entries.Select(e => e.GoldenId).Order(), second.Entries.Select(e => e.GoldenId).Order());
    }

    [Fact]
    public void Build_PersonLinkedDhis2Unit_KeepsTheDecision()
    {
        // Given
        var (registry, dhis2, ihris) = ThreeLists(60);
        var decisions = new[] { new FacilityLinkDecision(SourceSystem.Dhis2, "D2", "L11", MatchVerdict.Linked) };

        // When
        var crosswalk = new FacilityCrosswalkBuilder().Build(registry, dhis2, ihris, decisions);

        // Then
        var entry = crosswalk.Entries.Single(e => e.RegistryId == "L11");
        Assert.Equal("D2", entry.Dhis2?.SourceId);
        Assert.Equal(CrosswalkLinkBasis.DecidedByPerson, entry.Dhis2?.Basis);
    }

    [Theory]
    [InlineData("SN-TH-0042", "FAC-SN-TH-0042")]
    [InlineData(" sn th 42 ", "FAC-SN-TH-42")]
    public void GoldenId_RegistryCode_DerivedFromTheCode(string code, string expected) =>
        Assert.Equal(expected, GoldenFacilityId.ForRegistry(code));

    [Fact]
    public void GoldenId_Unregistered_SameInputSameIdDifferentSourceDifferentId()
    {
        Assert.Equal(GoldenFacilityId.ForUnregistered(SourceSystem.Dhis2, "abc"), GoldenFacilityId.ForUnregistered(SourceSystem.Dhis2, "abc"));
        Assert.NotEqual(GoldenFacilityId.ForUnregistered(SourceSystem.Dhis2, "abc"), GoldenFacilityId.ForUnregistered(SourceSystem.Ihris, "abc"));
        Assert.Matches("^FACX-[A-Z2-7]{12}$", GoldenFacilityId.ForUnregistered(SourceSystem.Ihris, "abc"));
    }

    private static (List<SourceFacility> Registry, List<SourceFacility> Dhis2, List<SourceFacility> Ihris) ThreeLists(int count)
    {
        var (registry, right) = FacilityLists.Perturbed(count);
        var dhis2 = right.Select(r => r with { SourceId = "D" + r.SourceId[1..] }).ToList();
        var ihris = registry.Select(r => r with
        {
            Source = SourceSystem.Ihris,
            SourceId = "I" + r.SourceId[1..],
            Name = r.Name.Replace("Poste de santé de ", "P.S. ", StringComparison.Ordinal),
        }).ToList();
        return (registry, dhis2, ihris);
    }
}
