using Passerelle.Emulators.Faults;
using Passerelle.Testing;

namespace Passerelle.Emulators.Tests.Faults;

public sealed class FaultPlanTests
{
    [Fact]
    public async Task LoadAsync_SampleFile_EveryKindRead()
    {
        var path = Path.Combine(RepositoryPaths.Root, "src", "Passerelle.Emulators", "Faults", "faults.sample.json");

        var plan = await FaultPlan.LoadAsync(path, CancellationToken.None);

        Assert.Equal(42, plan.Seed);
        Assert.Equal(Enum.GetValues<FaultKind>().Order(), plan.Rules.Select(r => r.Kind).Order());
        Assert.Equal(10, plan.Rules.Single(r => r.Kind == FaultKind.PartialImport).AcceptFirst);
    }

    [Fact]
    public void FromYaml_SameRulesAsJson_EqualPlans()
    {
        var json = FaultPlan.FromJson("""{"seed":7,"rules":[{"kind":"Status","pathPrefix":"/api/dataValueSets","method":"POST","statusCode":502,"everyNth":3,"probability":0.25}]}""");

        var yaml = FaultPlan.FromYaml("""
            seed: 7
            rules:
              - kind: Status
                pathPrefix: /api/dataValueSets
                method: POST
                statusCode: 502
                everyNth: 3
                probability: 0.25
            """);

        Assert.Equal(json.Seed, yaml.Seed);
        Assert.Equal(json.Rules, yaml.Rules);
    }

    [Fact]
    public async Task LoadAsync_InvalidFile_ErrorNamesTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"faults-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, """{"rules":[{"kind":"Explode"}]}""");
        try
        {
            var error = await Assert.ThrowsAsync<InvalidDataException>(() => FaultPlan.LoadAsync(path, CancellationToken.None));

            Assert.Contains(path, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
