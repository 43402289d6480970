using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Passerelle.Core.Storage;

namespace Passerelle.Warehouse;

public static class WarehouseServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IWarehouse"/> (opened and migrated on first use) and each of its ports as
    /// singletons. Uses the registered <see cref="TimeProvider"/>, or the system clock.
    /// </summary>
    public static IServiceCollection AddPasserelleWarehouse(this IServiceCollection services, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(services);
        // Fail at start on a malformed string rather than on first use.
        _ = WarehouseFactory.EngineOf(connectionString);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => WarehouseFactory.Open(
            connectionString,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<ILoggerFactory>()?.CreateLogger("Passerelle.Warehouse")));
        services.AddSingleton(sp => sp.GetRequiredService<IWarehouse>().Runs);
        services.AddSingleton(sp => sp.GetRequiredService<IWarehouse>().Audit);
        services.AddSingleton(sp => sp.GetRequiredService<IWarehouse>().Staging);
        services.AddSingleton(sp => sp.GetRequiredService<IWarehouse>().Crosswalk);
        services.AddSingleton(sp => sp.GetRequiredService<IWarehouse>().Dimensions);
        services.AddSingleton(sp => sp.GetRequiredService<IWarehouse>().Facts);
        services.AddSingleton(sp => sp.GetRequiredService<IWarehouse>().Results);
        services.AddSingleton(sp => sp.GetRequiredService<IWarehouse>().Pushes);
        return services;
    }
}
