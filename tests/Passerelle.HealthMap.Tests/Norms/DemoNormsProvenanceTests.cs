using Passerelle.HealthMap.Norms;
using Passerelle.Testing;

namespace Passerelle.HealthMap.Tests.Norms;

public sealed class DemoNormsProvenanceTests
{
    [Fact]
    public void Demo_RuleIdsNotProposedByPasserelle_ComeFromTheReferenceTable()
    {
        // Given: reference/senegal/data/norms_and_benchmarks_reference.csv
        var referenceIds = File.ReadAllLines(RepositoryPaths.ReferenceFile("senegal", "data", "norms_and_benchmarks_reference.csv"))
            .Skip(1)
            .Select(line => line.Split(',')[0])
            .ToHashSet(StringComparer.Ordinal);
        var edition = NormsCatalogue.Demo.For(new DateOnly(2025, 1, 1));

        // When
        var ruleIds = edition.Staffing.Select(s => s.RuleId)
            .Concat(edition.Coverage.Select(c => c.RuleId))
            .Concat(edition.Density.Select(d => d.RuleId))
            .Where(id => !id.StartsWith("PASSERELLE-", StringComparison.Ordinal))
            .Distinct()
            .ToList();

        // Then
        Assert.NotEmpty(ruleIds);
        Assert.All(ruleIds, id => Assert.Contains(id, referenceIds));
    }

    [Fact]
    public void Demo_PasserelleProposals_AreAllAssumptionsWithoutASource()
    {
        var edition = NormsCatalogue.Demo.For(new DateOnly(2025, 1, 1));

        var proposals = edition.Staffing.Where(s => s.RuleId.StartsWith("PASSERELLE-", StringComparison.Ordinal)).ToList();

        Assert.Equal(18, proposals.Count);
        Assert.All(proposals, p =>
        {
            Assert.True(p.Norm.IsAssumption);
            Assert.StartsWith("ASSUMPTION", p.Status, StringComparison.Ordinal);
        });
    }
}
