using Passerelle.Cli;
using Passerelle.Core.Storage;
using Passerelle.Warehouse;

namespace Passerelle.Reliability.Tests.Operations;

public sealed class RunsCommandTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("passerelle-runs-");

    public void Dispose() => _directory.Delete(true);

    [Fact]
    public async Task Runs_OnAWarehouseWithHistory_ExitsZero()
    {
        var path = Path.Combine(_directory.FullName, "passerelle.duckdb");
        await using (var warehouse = await WarehouseFactory.OpenAsync(path, TimeProvider.System, CancellationToken.None))
        {
            var run = Guid.NewGuid();
            await warehouse.Runs.StartRunAsync(new RunStart(run, "sync", DateTimeOffset.UnixEpoch), CancellationToken.None);
            await warehouse.Runs.RecordStageAsync(new StageResult(run, "pull.dhis2", StageStatus.Succeeded, 10, 9, 1, TimeSpan.FromSeconds(2), null), CancellationToken.None);
            await warehouse.Runs.FinishRunAsync(run, RunStatus.Failed, DateTimeOffset.UnixEpoch.AddSeconds(5), "[push] DHIS2 a rejeté / rejected", CancellationToken.None);
        }

        Assert.Equal(0, await PasserelleApp.RunAsync(["runs", "--warehouse", path, "--last", "5"]));
    }

    [Fact]
    public async Task Runs_WithoutConfiguration_ExitsWithConfigError()
    {
        Assert.Equal(78, await PasserelleApp.RunAsync(["runs", "--config", Path.Combine(_directory.FullName, "absent.yaml")]));
    }
}
