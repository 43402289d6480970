using BenchmarkDotNet.Attributes;
using Passerelle.Core.Facilities;
using Passerelle.Core.Matching;

namespace Passerelle.Benchmarks;

/// <summary>Name normalisation and the whole matcher on the national lists (Carte sanitaire × DHIS2).</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class MatchingBenchmarks
{
    private IReadOnlyList<SourceFacility> _registry = [];
    private IReadOnlyList<SourceFacility> _dhis2 = [];
    private string[] _names = [];

    [GlobalSetup]
    public void Setup()
    {
        _registry = NationalWorld.Registry();
        _dhis2 = NationalWorld.Dhis2Facilities();
        _names = [.. _registry.Select(r => r.Name), .. _dhis2.Select(d => d.Name)];
    }

    /// <summary>Every national facility name, from both lists, normalised once.</summary>
    [Benchmark]
    public int NormalizeNames()
    {
        var tokens = 0;
        foreach (var name in _names)
        {
            tokens += FacilityNameNormalizer.Normalize(name).Tokens.Count;
        }

        return tokens;
    }

    /// <summary>Block, compare, estimate by EM, assign and decide: registry against DHIS2, whole country.</summary>
    [Benchmark]
    public int MatchNationalLists() =>
        new FacilityMatcher().Match(_registry, _dhis2).Matches.Count(m => m.RightId is not null);
}
