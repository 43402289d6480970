using Microsoft.AspNetCore.Builder;

namespace Passerelle.Emulators.Ihris;

/// <summary>A started iHRIS emulator; dispose to stop it.</summary>
public sealed class RunningIhrisEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;

    internal RunningIhrisEmulator(WebApplication app, IhrisFhirStore store, Uri rootUrl, Uri fhirBaseUrl)
    {
        _app = app;
        Store = store;
        RootUrl = rootUrl;
        FhirBaseUrl = fhirBaseUrl;
    }

    /// <summary>The resources served; mutate it to simulate changes in iHRIS (updates, deletions).</summary>
    public IhrisFhirStore Store { get; }

    /// <summary>Server root, e.g. <c>http://127.0.0.1:41234/</c> (the iHRIS backend's <c>/auth/token</c> lives here).</summary>
    public Uri RootUrl { get; }

    /// <summary>FHIR base, e.g. <c>http://127.0.0.1:41234/fhir</c> (no trailing slash).</summary>
    public Uri FhirBaseUrl { get; }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }
}
