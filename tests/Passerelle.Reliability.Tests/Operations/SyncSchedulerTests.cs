using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Passerelle.Sync.Configuration;
using Passerelle.Sync.Operations;

namespace Passerelle.Reliability.Tests.Operations;

public sealed class SyncSchedulerTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 1, 59, 0, TimeSpan.Zero));

    [Fact]
    public async Task Scheduler_AtEachCronOccurrence_RunsTheJob()
    {
        // Given a scheduler every hour at minute 0, and a job that finishes at once
        var job = new CountingJob { Time = _time };
        using var scheduler = Create("0 * * * *", job);
        await scheduler.StartAsync(CancellationToken.None);
        await WaitUntilAsync(() => scheduler.Status.NextRunAt is not null);

        // When the clock passes 02:00 and 03:00
        await AdvanceUntilAsync(scheduler, () => job.Started == 1);
        await WaitUntilAsync(() => !scheduler.Status.IsRunning);
        await AdvanceUntilAsync(scheduler, () => job.Started == 2);

        // Then the job ran twice, on the hour, and the next run is announced for 04:00
        await WaitUntilAsync(() => !scheduler.Status.IsRunning);
        await scheduler.StopAsync(CancellationToken.None);
        Assert.Equal([new DateTimeOffset(2026, 11, 25, 2, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 25, 3, 0, 0, TimeSpan.Zero)], job.StartTimes);
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 4, 0, 0, TimeSpan.Zero), scheduler.Status.NextRunAt);
        Assert.Equal(0, scheduler.Status.SkippedTicks);
    }

    [Fact]
    public async Task Scheduler_WhenARunOutlastsTheNextTick_SkipsThatTick()
    {
        // Given a job that keeps running until released
        var job = new CountingJob { Hold = new TaskCompletionSource() };
        using var scheduler = Create("*/5 * * * *", job);
        await scheduler.StartAsync(CancellationToken.None);
        await WaitUntilAsync(() => scheduler.Status.NextRunAt is not null);
        await AdvanceUntilAsync(scheduler, () => job.Started == 1);

        // When two more ticks come while it runs
        await AdvanceUntilAsync(scheduler, () => scheduler.Status.SkippedTicks == 2);

        // Then neither started a second run at the same time
        Assert.Equal(1, job.Started);
        Assert.Equal(1, job.MaxConcurrent);
        job.Hold.SetResult();
        await WaitUntilAsync(() => !scheduler.Status.IsRunning);
        await scheduler.StopAsync(CancellationToken.None);
        Assert.Equal("réussie / succeeded", scheduler.Status.LastOutcome);
    }

    [Fact]
    public async Task Scheduler_WhenTheWarehouseIsLocked_RecordsTheSkipAndKeepsGoing()
    {
        var job = new CountingJob { Failure = new RunLockHeldException("w", new RunLockHolder(42, "h", "sync", DateTimeOffset.UnixEpoch)) };
        using var scheduler = Create("0 * * * *", job);
        await scheduler.StartAsync(CancellationToken.None);
        await WaitUntilAsync(() => scheduler.Status.NextRunAt is not null);

        await AdvanceUntilAsync(scheduler, () => job.Started == 1);
        await WaitUntilAsync(() => scheduler.Status.LastOutcome is not null);

        Assert.Equal("sautée, verrou détenu / skipped, lock held", scheduler.Status.LastOutcome);
        await AdvanceUntilAsync(scheduler, () => job.Started == 2);
        await scheduler.StopAsync(CancellationToken.None);
    }

    [Fact]
    public void FromConfig_InvalidCron_NamesTheKeyAndAnExample()
    {
        var config = new PasserelleConfig { Schedule = new ScheduleConfig { Cron = "every night" } };

        var error = Assert.Throws<ConfigurationException>(() => SyncSchedule.FromConfig(config));

        Assert.Contains("schedule.cron", error.Message, StringComparison.Ordinal);
        Assert.Contains("0 2 * * *", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromConfig_SixFields_ReadsSecondsFirst()
    {
        var schedule = SyncSchedule.FromConfig(new PasserelleConfig { Schedule = new ScheduleConfig { Cron = "*/2 * * * * *" } })!;

        Assert.Equal(new DateTimeOffset(2026, 11, 25, 1, 59, 2, TimeSpan.Zero), schedule.NextAfter(_time.GetUtcNow()));
    }

    private SyncScheduler Create(string cron, ISyncJob job) =>
        new(job, SyncSchedule.FromConfig(new PasserelleConfig { Schedule = new ScheduleConfig { Cron = cron } })!, _time, NullLogger<SyncScheduler>.Instance);

    /// <summary>
    /// Moves the fake clock to exactly the scheduler's next tick, then gives the run time to start (a loaded machine
    /// may take a while) before moving it again, so a job never reads a clock already moved past its tick.
    /// </summary>
    private async Task AdvanceUntilAsync(SyncScheduler scheduler, Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), "condition not met in 30 s");
            if (scheduler.Status.NextRunAt is { } next && next > _time.GetUtcNow())
            {
                _time.Advance(next - _time.GetUtcNow());
                var settle = Stopwatch.StartNew();
                while (!condition() && settle.Elapsed < TimeSpan.FromSeconds(3))
                {
                    await Task.Delay(10);
                }
            }
            else
            {
                await Task.Delay(10);
            }
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), "condition not met in 10 s");
            await Task.Delay(10);
        }
    }

    private sealed class CountingJob : ISyncJob
    {
        private int _running;
        private int _started;
        private int _maxConcurrent;

        public TaskCompletionSource? Hold { get; init; }

        public TimeProvider? Time { get; init; }

        public List<DateTimeOffset> StartTimes { get; } = [];

        public Exception? Failure { get; init; }

        public int Started => Volatile.Read(ref _started);

        public int MaxConcurrent => Volatile.Read(ref _maxConcurrent);

        public async Task RunAsync(string actor, CancellationToken cancellationToken)
        {
            if (Time is not null)
            {
                StartTimes.Add(Time.GetUtcNow());
            }

            Interlocked.Increment(ref _started);
            var now = Interlocked.Increment(ref _running);
            InterlockedMax(ref _maxConcurrent, now);
            try
            {
                if (Hold is not null)
                {
                    await Hold.Task.WaitAsync(cancellationToken);
                }

                if (Failure is not null)
                {
                    throw Failure;
                }
            }
            finally
            {
                Interlocked.Decrement(ref _running);
            }
        }

        private static void InterlockedMax(ref int target, int value)
        {
            int current;
            while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
            {
            }
        }
    }
}
