using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Web.Hosting;

namespace Passerelle.Web.Tests;

/// <summary>The web app on Kestrel over 127.0.0.1 with a real port, on its own warehouse copy (browser and load tests).</summary>
public sealed class LoopbackApp : IAsyncDisposable
{
    private LoopbackApp(WebApplication app, string baseUrl)
    {
        App = app;
        BaseUrl = baseUrl;
    }

    public WebApplication App { get; }

    /// <summary>e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string BaseUrl { get; }

    public static async Task<LoopbackApp> StartAsync(string warehouse, int loginAttemptsPerMinute = 10)
    {
        var app = PasserelleWebApp.Create([], new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["Passerelle:Warehouse"] = warehouse,
            ["Passerelle:LoginAttemptsPerMinute"] = loginAttemptsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Logging:LogLevel:Default"] = "Warning",
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new LoopbackApp(app, address);
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
