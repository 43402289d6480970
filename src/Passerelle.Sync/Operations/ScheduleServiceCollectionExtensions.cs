using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Passerelle.Sync.Configuration;

namespace Passerelle.Sync.Operations;

public static class ScheduleServiceCollectionExtensions
{
    /// <summary>
    /// Hosts <see cref="SyncScheduler"/> for <c>schedule.cron</c>, running <see cref="LockedSyncJob"/> unless an
    /// <see cref="ISyncJob"/> is already registered. Adds nothing when <c>schedule.cron</c> is empty.
    /// Needs logging (<c>AddLogging</c>, which every host adds); uses <see cref="TimeProvider.System"/> unless a
    /// <see cref="TimeProvider"/> is registered.
    /// </summary>
    /// <exception cref="ConfigurationException"><c>schedule.cron</c> is not a valid cron expression.</exception>
    public static IServiceCollection AddPasserelleSchedule(this IServiceCollection services, PasserelleConfig config)
    {
        ArgumentNullException.ThrowIfNull(services);
        var schedule = SyncSchedule.FromConfig(config);
        if (schedule is null)
        {
            return services;
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(config);
        services.TryAddSingleton<ISyncJob, LockedSyncJob>();
        services.AddSingleton(schedule);
        services.AddSingleton<SyncScheduler>();
        services.AddHostedService(provider => provider.GetRequiredService<SyncScheduler>());
        return services;
    }
}
