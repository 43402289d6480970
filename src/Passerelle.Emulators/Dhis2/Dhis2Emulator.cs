using Microsoft.AspNetCore.Http;
using Passerelle.Emulators.Dhis2.Api;
using Passerelle.Emulators.Dhis2.Worlds;
using Passerelle.Emulators.Hosting;

namespace Passerelle.Emulators.Dhis2;

/// <summary>
/// A faithful DHIS2 Web API server (aggregate side) on 127.0.0.1, following
/// <c>reference/dhis2/web-api.md</c>: system info, me, metadata lists and import, data value sets,
/// analytics; Basic and token auth; version behaviour of 2.38–2.43; fault injection.
/// </summary>
public static class Dhis2Emulator
{
    public static async Task<RunningDhis2Emulator> StartAsync(Dhis2EmulatorOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var store = new Dhis2Store();
        var state = new Dhis2EmulatorState(options, store);
        Seed(state);
        var router = new Dhis2Router(state);
        var host = await EmulatorHost.StartAsync(
            new EmulatorHostOptions
            {
                Port = options.Port,
                Faults = options.Faults,
                TimeProvider = options.TimeProvider,
                ErrorWriter = (context, status, message) => WebMessages.WriteErrorAsync(context, status, message),
            },
            router.HandleAsync,
            cancellationToken).ConfigureAwait(false);
        return new RunningDhis2Emulator(host, store, state.Version.Display);
    }

    private static void Seed(Dhis2EmulatorState state)
    {
        var now = state.Options.TimeProvider.GetUtcNow();
        var timestamp = Dhis2Json.MetadataTimestamp(now);
        lock (state.Store.Gate)
        {
            DefaultCategoryModel.Seed(state.Store, timestamp);
            switch (state.Options.World)
            {
                case Dhis2World.SierraLeoneWorld:
                    SierraLeoneWorldLoader.Load(state, timestamp);
                    break;
                case Dhis2World.DemoWorld demo:
                    DemoWorldLoader.Load(state.Store, demo.Model, now);
                    break;
                case Dhis2World.ContinentalDhis2World continental:
                    ContinentalWorldLoader.Load(state.Store, continental.World, now);
                    break;
            }
        }
    }
}
