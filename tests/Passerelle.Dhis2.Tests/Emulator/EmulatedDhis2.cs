using System.Text.Json.Nodes;
using Passerelle.Dhis2.Configuration;
using Passerelle.Dhis2.Tests.Support;
using Passerelle.Emulators.Dhis2;

namespace Passerelle.Dhis2.Tests.Emulator;

/// <summary>The DHIS2 emulator on 127.0.0.1 with the real client in front of it (over real HTTP).</summary>
internal sealed class EmulatedDhis2 : IAsyncDisposable
{
    private readonly List<HttpClient> _http = [];

    private EmulatedDhis2(RunningDhis2Emulator emulator) => Emulator = emulator;

    public RunningDhis2Emulator Emulator { get; }

    public Dhis2Store Store => Emulator.Store;

    public static async Task<EmulatedDhis2> StartAsync(string version, Dhis2World? world = null, Func<Dhis2EmulatorOptions, Dhis2EmulatorOptions>? configure = null)
    {
        var options = new Dhis2EmulatorOptions { Version = version, World = world ?? Dhis2World.SierraLeone };
        return new EmulatedDhis2(await Dhis2Emulator.StartAsync(configure?.Invoke(options) ?? options, CancellationToken.None));
    }

    /// <summary>A client as admin (or as <paramref name="user"/>), polling asynchronous jobs every 20 ms.</summary>
    public Dhis2Client Client(int? apiVersion = null, Dhis2User? user = null, Action<Dhis2ClientOptions>? configure = null)
    {
        var handler = new HttpClientHandler { AllowAutoRedirect = false };
        return TestClients.Create(handler, o =>
        {
            o.BaseUrl = Emulator.BaseUrl;
            o.ApiVersion = apiVersion;
            o.Username = (user ?? Dhis2User.Admin).Username;
            o.Password = (user ?? Dhis2User.Admin).Password;
            o.AsyncPollInitialDelay = TimeSpan.FromMilliseconds(20);
            o.AsyncPollMaxDelay = TimeSpan.FromMilliseconds(40);
            configure?.Invoke(o);
        });
    }

    /// <summary>The recorded real aggregate metadata (core e2e), imported as a payload.</summary>
    public static JsonNode AggregateMetadata() => JsonNode.Parse(Fixtures.Body("core_e2e_aggregate_metadata.json"))!;

    public ValueTask DisposeAsync() => Emulator.DisposeAsync();
}
