using Microsoft.Extensions.Time.Testing;
using Passerelle.Core.Storage;
using Passerelle.Warehouse;
using Passerelle.Web.Reading;

namespace Passerelle.Web.Tests.Reading;

public sealed class LatestRunCacheTests : IAsyncLifetime
{
    private EmptyTestWarehouse? _store;

    private IWarehouse Warehouse => _store!.Warehouse;

    private FakeTimeProvider Time => _store!.Time;

    public async Task InitializeAsync() => _store = await EmptyTestWarehouse.OpenAsync("passerelle-cache-");

    public async Task DisposeAsync() => await _store!.DisposeAsync();

    [Fact]
    public async Task GetAsync_NoNewRun_ComputesOnce()
    {
        // Given a cache and a figure that counts its computations
        var cache = new LatestRunCache(Warehouse, Time);
        var computed = 0;

        // When the figure is asked for twice, later, with no run in between
        await cache.GetAsync("figure", _ => Task.FromResult(++computed), CancellationToken.None);
        Time.Advance(TimeSpan.FromMinutes(5));
        var second = await cache.GetAsync("figure", _ => Task.FromResult(++computed), CancellationToken.None);

        // Then it was computed once
        Assert.Equal((1, 1), (second, computed));
    }

    [Theory]
    [InlineData("run")]
    [InlineData("analyze")]
    public async Task GetAsync_AfterARunOrAnAnalysis_ComputesAgainOnceTheRecheckDelayPassed(string what)
    {
        // Given a figure already computed
        var cache = new LatestRunCache(Warehouse, Time);
        var computed = 0;
        await cache.GetAsync("figure", _ => Task.FromResult(++computed), CancellationToken.None);

        // When a run starts (or `passerelle analyze` is audited), and the recheck delay passes
        if (what == "run")
        {
            await Warehouse.Runs.StartRunAsync(new RunStart(Guid.NewGuid(), "sync", Time.GetUtcNow()), CancellationToken.None);
        }
        else
        {
            await Warehouse.Audit.AppendAsync(new AuditEvent(Time.GetUtcNow(), "ops", "analyze", "results", null, "period=2026"), CancellationToken.None);
        }

        var before = await cache.GetAsync("figure", _ => Task.FromResult(++computed), CancellationToken.None);
        Time.Advance(LatestRunCache.RecheckEvery);
        var after = await cache.GetAsync("figure", _ => Task.FromResult(++computed), CancellationToken.None);

        // Then the figure is the old one within the delay, and computed again after it
        Assert.Equal((1, 2), (before, after));
    }
}
