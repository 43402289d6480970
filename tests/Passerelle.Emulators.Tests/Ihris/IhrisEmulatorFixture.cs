using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using Passerelle.Emulators.Ihris;
using Passerelle.Emulators.Ihris.Worlds;

namespace Passerelle.Emulators.Tests.Ihris;

/// <summary>An emulator on 127.0.0.1 serving <see cref="IhrisTestWorld"/>, with a fake clock and an
/// HttpClient. One per test, so tests never see each other's changes.</summary>
internal sealed class IhrisEmulatorFixture : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);

    private IhrisEmulatorFixture(RunningIhrisEmulator emulator, FakeTimeProvider time, IhrisEmulatorOptions options)
    {
        Emulator = emulator;
        Time = time;
        Options = options;
        Http = new HttpClient { BaseAddress = emulator.RootUrl };
    }

    public RunningIhrisEmulator Emulator { get; }

    public FakeTimeProvider Time { get; }

    public IhrisEmulatorOptions Options { get; }

    public HttpClient Http { get; }

    public IhrisFhirStore Store => Emulator.Store;

    public static async Task<IhrisEmulatorFixture> StartAsync(Action<IhrisEmulatorOptions>? configure = null, bool loadWorld = true)
    {
        var time = new FakeTimeProvider(Start);
        var options = new IhrisEmulatorOptions { TimeProvider = time };
        configure?.Invoke(options);
        var store = new IhrisFhirStore(time);
        if (loadWorld)
        {
            IhrisWorlds.LoadDemoWorld(store, IhrisTestWorld.Build(), options.Quirks);
        }

        var emulator = await IhrisEmulator.StartAsync(store, options, CancellationToken.None);
        return new IhrisEmulatorFixture(emulator, time, options);
    }

    /// <summary>GET a path relative to the server root, e.g. <c>fhir/Location?_count=2</c>.</summary>
    public async Task<(int Status, JsonObject Body)> GetAsync(string relative, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, relative);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, JsonNode.Parse(text)!.AsObject());
    }

    /// <summary>Follows <c>next</c> links from a first page, re-issuing each link's query against the
    /// configured base (ihris.md §2.1 connector rule), and returns every page.</summary>
    public async Task<IReadOnlyList<JsonObject>> GetAllPagesAsync(string firstRelative)
    {
        var pages = new List<JsonObject>();
        var (_, page) = await GetAsync(firstRelative);
        pages.Add(page);
        while (NextLink(page) is { } next)
        {
            var query = new Uri(next).Query;
            (_, page) = await GetAsync("fhir" + query);
            pages.Add(page);
        }

        return pages;
    }

    public static string? NextLink(JsonObject bundle) =>
        bundle["link"]?.AsArray().FirstOrDefault(l => (string?)l?["relation"] == "next")?["url"]?.GetValue<string>();

    public static IEnumerable<JsonObject> Resources(JsonObject bundle, string mode = "match") =>
        (bundle["entry"]?.AsArray() ?? []).OfType<JsonObject>()
            .Where(e => (string?)e["search"]?["mode"] == mode)
            .Select(e => e["resource"]!.AsObject());

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Emulator.DisposeAsync();
    }
}
