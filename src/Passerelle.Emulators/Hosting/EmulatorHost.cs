using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Passerelle.Emulators.Faults;

namespace Passerelle.Emulators.Hosting;

/// <summary>
/// A minimal Kestrel server on 127.0.0.1 (port 0 = ephemeral) shared by the emulators: it runs the
/// fault-injection middleware first, then the emulator's own request handler.
/// </summary>
public sealed class EmulatorHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private EmulatorHost(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    /// <summary>The actual base URL, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>Starts the server and returns once it listens.</summary>
    /// <param name="options">Port, faults, clock and how errors are written for this emulator.</param>
    /// <param name="handler">The emulator: answers every request that no fault has answered.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    public static async Task<EmulatorHost> StartAsync(
        EmulatorHostOptions options,
        RequestDelegate handler,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(handler);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, options.Port);
            kestrel.AllowSynchronousIO = false;
            kestrel.Limits.MaxRequestBodySize = 512L * 1024 * 1024;
        });
        var app = builder.Build();
        var faults = new FaultInjector(options.Faults ?? FaultPlan.None, options.TimeProvider, options.ErrorWriter);
        app.Use(next => context => faults.InvokeAsync(context, next));
        app.Run(handler);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new EmulatorHost(app, new Uri(address.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
