using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Passerelle.Emulators.Dhis2;

namespace Passerelle.Emulators.Tests.Dhis2;

/// <summary>A running emulator and an HTTP client logged in as admin/district.</summary>
internal sealed class EmulatorSession : IAsyncDisposable
{
    private EmulatorSession(RunningDhis2Emulator emulator, HttpClient client)
    {
        Emulator = emulator;
        Client = client;
    }

    public RunningDhis2Emulator Emulator { get; }

    public HttpClient Client { get; }

    public Dhis2Store Store => Emulator.Store;

    public static async Task<EmulatorSession> StartAsync(Dhis2EmulatorOptions options)
    {
        var emulator = await Dhis2Emulator.StartAsync(options, CancellationToken.None);
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = emulator.BaseUrl };
        client.DefaultRequestHeaders.Authorization = BasicAuth("admin", "district");
        return new EmulatorSession(emulator, client);
    }

    public static Task<EmulatorSession> StartAsync(Dhis2World world, string version = "2.40") =>
        StartAsync(new Dhis2EmulatorOptions { World = world, Version = version });

    public static AuthenticationHeaderValue BasicAuth(string user, string password) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));

    public async Task<(int Status, JsonNode? Body)> GetAsync(string relative)
    {
        using var response = await Client.GetAsync(relative);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    public async Task<(int Status, JsonNode Body)> PostAsync(string relative, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await Client.PostAsync(relative, content);
        return ((int)response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Emulator.DisposeAsync();
    }
}
