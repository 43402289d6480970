using BenchmarkDotNet.Attributes;
using Passerelle.Core.Facilities;
using Passerelle.Core.Storage;
using Passerelle.Core.Workforce;
using Passerelle.Warehouse;

namespace Passerelle.Benchmarks;

/// <summary>Staging the national workforce (pseudonymised roles) into a DuckDB warehouse file.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class WarehouseBulkLoadBenchmarks
{
    private string _directory = "";
    private IWarehouse? _warehouse;
    private List<WorkerRole> _roles = [];

    [GlobalSetup]
    public async Task Setup()
    {
        var world = NationalWorld.Model;
        var sexByWorker = world.Workers.ToDictionary(w => w.Id, w => w.Sex);
        var jobs = world.Jobs.ToDictionary(j => j.Code);
        _roles = world.Roles.Select((r, i) => new WorkerRole(
            $"pseudo-{i:x8}",
            r.Id,
            r.LocationId,
            r.JobCode,
            r.JobCode is { } code && jobs.TryGetValue(code, out var job) ? job.Display : null,
            r.JobCode is { } c && jobs.TryGetValue(c, out var j) ? j.CadreCode : null,
            sexByWorker[r.WorkerId],
            null,
            r.EmploymentStatus,
            r.Start,
            r.End,
            r.Active)).ToList();
        _directory = Directory.CreateTempSubdirectory("passerelle-bench-").FullName;
        _warehouse = await WarehouseFactory.OpenAsync(Path.Combine(_directory, "bench.duckdb"), TimeProvider.System, CancellationToken.None);
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        if (_warehouse is not null)
        {
            await _warehouse.DisposeAsync();
        }

        Directory.Delete(_directory, recursive: true);
    }

    /// <summary>Replaces iHRIS's staged roles with the national workforce (about 25,000 roles).</summary>
    [Benchmark]
    public Task<long> StageNationalWorkforce() =>
        _warehouse!.Staging.ReplaceWorkerRolesAsync(SourceSystem.Ihris, Stream(_roles), CancellationToken.None);

    private static async IAsyncEnumerable<WorkerRole> Stream(List<WorkerRole> roles)
    {
        foreach (var role in roles)
        {
            yield return role;
        }

        await Task.CompletedTask;
    }
}
