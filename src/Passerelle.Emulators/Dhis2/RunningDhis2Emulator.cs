using Passerelle.Emulators.Hosting;

namespace Passerelle.Emulators.Dhis2;

/// <summary>A started DHIS2 emulator; dispose to stop it.</summary>
public sealed class RunningDhis2Emulator : IAsyncDisposable
{
    private readonly EmulatorHost _host;

    internal RunningDhis2Emulator(EmulatorHost host, Dhis2Store store, string version)
    {
        _host = host;
        Store = store;
        Version = version;
    }

    /// <summary>Server root, e.g. <c>http://127.0.0.1:41234/</c> (the API is under <c>api/</c>).</summary>
    public Uri BaseUrl => _host.BaseUrl;

    /// <summary>What the emulator holds, for assertions.</summary>
    public Dhis2Store Store { get; }

    /// <summary>The version <c>/api/system/info</c> reports.</summary>
    public string Version { get; }

    public ValueTask DisposeAsync() => _host.DisposeAsync();
}
