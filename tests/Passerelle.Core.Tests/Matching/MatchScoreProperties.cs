using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Passerelle.Core.Facilities;
using Passerelle.Core.Geography;
using Passerelle.Core.Matching;

namespace Passerelle.Core.Tests.Matching;

public sealed class MatchScoreProperties
{
    private static readonly FellegiSunterModel Model = TrainedModel();

    private static readonly string[] Names =
    [
        "Poste de santé de Keur Massar", "PS Keur Masar", "Centre de santé de Mbour", "CS MBOUR", "Case de santé de Ndiaganiao",
        "Hôpital régional de Thiès", "EPS Thies", "Poste de santé de Joal", "Clinique Pasteur", "",
    ];

    private static readonly string?[] Districts = ["Mbour", "Thiès", "Pikine", null];

    public static Arbitrary<SourceFacility> Facilities() =>
        (from name in Gen.Elements(Names)
         from district in Gen.Elements(Districts)
         from hasPoint in Gen.Elements(true, false)
         from lat in Gen.Choose(0, 1000)
         from type in Gen.Elements(Enum.GetValues<FacilityType>())
         from code in Gen.Elements("A", "B", null)
         select new SourceFacility(
             SourceSystem.HealthMap, "x", name, null, type, "Thiès", district,
             hasPoint ? new GeoPoint(14 + (lat / 10000.0), -16.9) : null,
             code is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["registry"] = code })).ToArbitrary();

    [Property(Arbitrary = [typeof(MatchScoreProperties)], MaxTest = 300)]
    public bool Score_AnyPair_IsInUnitRange(SourceFacility a, SourceFacility b)
    {
        var score = FacilityMatcher.Score(Model, a, b);
        return score is >= 0 and <= 1;
    }

    [Property(Arbitrary = [typeof(MatchScoreProperties)], MaxTest = 300)]
    public bool Score_AnyPair_IsSymmetric(SourceFacility a, SourceFacility b) =>
        Math.Abs(FacilityMatcher.Score(Model, a, b) - FacilityMatcher.Score(Model, b, a)) < 1e-12;

    [Property(Arbitrary = [typeof(MatchScoreProperties)], MaxTest = 300)]
    public bool Score_AddingAnAgreeingCode_NeverLowersTheScore(SourceFacility a, SourceFacility b)
    {
        var without = FacilityMatcher.Score(Model, a with { Codes = new Dictionary<string, string>() }, b with { Codes = new Dictionary<string, string>() });
        var shared = new Dictionary<string, string> { ["registry"] = "SAME" };
        var with = FacilityMatcher.Score(Model, a with { Codes = shared }, b with { Codes = shared });
        return with >= without;
    }

    [Property(Arbitrary = [typeof(MatchScoreProperties)], MaxTest = 300)]
    public bool Score_AddingAgreeingCoordinates_NeverLowersTheScore(SourceFacility a, SourceFacility b)
    {
        var without = FacilityMatcher.Score(Model, a with { Location = null }, b with { Location = null });
        var point = new GeoPoint(14.2, -16.9);
        var with = FacilityMatcher.Score(Model, a with { Location = point }, b with { Location = point });
        return with >= without;
    }

    private static FellegiSunterModel TrainedModel()
    {
        var (left, right) = FacilityLists.Perturbed(300);
        return new FacilityMatcher().Match(left, right).Model;
    }
}
