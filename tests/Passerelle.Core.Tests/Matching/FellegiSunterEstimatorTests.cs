using Passerelle.Core.Matching;

namespace Passerelle.Core.Tests.Matching;

public sealed class FellegiSunterEstimatorTests
{
    [Fact]
    public void Match_EnoughPairs_EmConverges()
    {
        // Given
        var (left, right) = FacilityLists.Perturbed(300);

        // When
        var model = new FacilityMatcher().Match(left, right).Model;

        // Then
        Assert.True(model.Converged);
        Assert.InRange(model.EmIterations, 1, new FacilityMatchOptions().MaxEmIterations - 1);
    }

    [Theory]
    [InlineData(MatchSignal.Name)]
    [InlineData(MatchSignal.Hierarchy)]
    [InlineData(MatchSignal.Distance)]
    public void Match_EnoughPairs_AgreeingLevelHasMAboveU(MatchSignal signal)
    {
        // Given
        var (left, right) = FacilityLists.Perturbed(300);

        // When
        var model = new FacilityMatcher().Match(left, right).Model;

        // Then
        Assert.True(model.M[(int)signal][0] > model.U[(int)signal][0]);
        Assert.True(model.Weights[(int)signal][0] > 0);
    }

    [Fact]
    public void Match_TinyInput_KeepsPriorsInsteadOfFittingNoise()
    {
        // Given
        var (left, right) = FacilityLists.Perturbed(5);

        // When
        var model = new FacilityMatcher().Match(left, right).Model;

        // Then
        Assert.Equal(0, model.EmIterations);
        Assert.All(SignalLevels.Signals, s => Assert.True(model.Weights[(int)s][0] >= 0));
    }

    [Fact]
    public void Weights_WorseLevel_NeverWeighsMoreThanBetterOne()
    {
        // Given
        var (left, right) = FacilityLists.Perturbed(300);
        var model = new FacilityMatcher().Match(left, right).Model;

        // Then
        foreach (var signal in new[] { MatchSignal.Name, MatchSignal.Type, MatchSignal.Distance, MatchSignal.Codes })
        {
            var weights = model.Weights[(int)signal];
            for (var l = 1; l < weights.Count; l++)
            {
                Assert.True(weights[l] <= weights[l - 1], $"{signal} level {l}");
            }
        }
    }
}
