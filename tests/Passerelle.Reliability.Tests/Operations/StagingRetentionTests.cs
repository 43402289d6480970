using Microsoft.Extensions.Time.Testing;
using Passerelle.Core.Facilities;
using Passerelle.Core.Storage;
using Passerelle.Core.Workforce;
using Passerelle.Sync.Operations;
using Passerelle.Warehouse;

namespace Passerelle.Reliability.Tests.Operations;

public sealed class StagingRetentionTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("passerelle-retention-");
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 8, 1, 0, 0, 0, TimeSpan.Zero));

    public void Dispose() => _directory.Delete(true);

    [Fact]
    public async Task PurgeAsync_RowsOlderThanRetention_AreDeletedAndAudited()
    {
        // Given pseudonymised roles staged 100 days ago
        var path = Path.Combine(_directory.FullName, "passerelle.duckdb");
        await using var warehouse = await WarehouseFactory.OpenAsync(path, _time, CancellationToken.None);
        await warehouse.Staging.ReplaceWorkerRolesAsync(SourceSystem.Ihris, Roles(3), CancellationToken.None);
        _time.Advance(TimeSpan.FromDays(100));

        // When the retention of 90 days is applied
        var purged = await new StagingRetention(warehouse, _time).PurgeAsync(90, "test", Guid.NewGuid(), CancellationToken.None);

        // Then they are gone, and the audit log says how many went
        Assert.Equal(3, purged);
        Assert.Empty(await warehouse.Staging.ReadWorkerRolesAsync(SourceSystem.Ihris, CancellationToken.None).ToListAsync());
        var audit = await warehouse.Audit.ReadAsync(new AuditQuery(Action: "retention-purge"), CancellationToken.None);
        Assert.Contains("purged=3", Assert.Single(audit).Event.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PurgeAsync_RowsWithinRetention_AreKept()
    {
        var path = Path.Combine(_directory.FullName, "passerelle.duckdb");
        await using var warehouse = await WarehouseFactory.OpenAsync(path, _time, CancellationToken.None);
        await warehouse.Staging.ReplaceWorkerRolesAsync(SourceSystem.Ihris, Roles(2), CancellationToken.None);
        _time.Advance(TimeSpan.FromDays(89));

        var purged = await new StagingRetention(warehouse, _time).PurgeAsync(90, "test", Guid.NewGuid(), CancellationToken.None);

        Assert.Equal(0, purged);
        Assert.Equal(2, (await warehouse.Staging.ReadWorkerRolesAsync(SourceSystem.Ihris, CancellationToken.None).ToListAsync()).Count);
    }

    [Fact]
    public async Task OpenAsync_NewDuckDbWarehouse_IsOwnerOnly()
    {
        var path = Path.Combine(_directory.FullName, "new", "passerelle.duckdb");

        await (await WarehouseFactory.OpenAsync(path, _time, CancellationToken.None)).DisposeAsync();

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
    }

    private static async IAsyncEnumerable<WorkerRole> Roles(int count)
    {
        await Task.Yield();
        for (var i = 0; i < count; i++)
        {
            yield return new WorkerRole($"pseudo-{i}", $"role-{i}", "loc-1", "J1", "Infirmier", "NUR", Sex.Female, 1980, EmploymentStatus.CivilServant, new DateOnly(2020, 1, 1), null, true);
        }
    }
}
