using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Passerelle.Emulators.Ihris;

/// <summary>Starts a self-contained iHRIS 5 FHIR emulator on 127.0.0.1.</summary>
public static class IhrisEmulator
{
    /// <summary>Starts the emulator over an empty store (fill it through <see cref="RunningIhrisEmulator.Store"/>).</summary>
    public static Task<RunningIhrisEmulator> StartAsync(IhrisEmulatorOptions options, CancellationToken cancellationToken) =>
        StartAsync(new IhrisFhirStore(options.TimeProvider), options, cancellationToken);

    /// <summary>Starts the emulator serving <paramref name="store"/>.</summary>
    public static async Task<RunningIhrisEmulator> StartAsync(IhrisFhirStore store, IhrisEmulatorOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Port));
        var app = builder.Build();
        options.ConfigurePipeline?.Invoke(app);
        app.MapIhrisFhir(store, options);
        await app.StartAsync(cancellationToken);

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("Kestrel n'a pas d'adresse / Kestrel has no address.");
        var root = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/");
        return new RunningIhrisEmulator(app, store, root, new Uri(root, options.BasePath.TrimStart('/')));
    }
}
