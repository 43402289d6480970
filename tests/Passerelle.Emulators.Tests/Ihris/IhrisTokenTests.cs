using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Passerelle.Emulators.Tests.Ihris;

public sealed class IhrisTokenTests
{
    [Fact]
    public async Task Fhir_WithoutToken_Answers401WhenTokenRequired()
    {
        await using var emulator = await IhrisEmulatorFixture.StartAsync(o => o.RequireToken = true);

        var (status, body) = await emulator.GetAsync("fhir/Location");

        Assert.Equal(401, status);
        Assert.Equal("OperationOutcome", (string?)body["resourceType"]);
    }

    [Fact]
    public async Task Fhir_WithTokenFromAuthToken_ServesTheSearch()
    {
        // Given a backend-mode emulator and a token obtained with the configured login
        await using var emulator = await IhrisEmulatorFixture.StartAsync(o => o.RequireToken = true);
        var token = await GetTokenAsync(emulator, emulator.Options.TokenEmail, emulator.Options.TokenPassword);

        // When searching with the bearer token
        var (status, page) = await emulator.GetAsync("fhir/Location", token);

        // Then the search is served
        Assert.Equal(200, status);
        Assert.Equal(IhrisTestWorld.LocationCount, (int)page["total"]!);
    }

    [Fact]
    public async Task AuthToken_WrongPassword_Answers401()
    {
        await using var emulator = await IhrisEmulatorFixture.StartAsync(o => o.RequireToken = true);

        using var response = await emulator.Http.PostAsJsonAsync("auth/token", new { email = emulator.Options.TokenEmail, password = "wrong" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Fhir_WithExpiredToken_Answers401()
    {
        await using var emulator = await IhrisEmulatorFixture.StartAsync(o => o.RequireToken = true);
        var token = await GetTokenAsync(emulator, emulator.Options.TokenEmail, emulator.Options.TokenPassword);
        emulator.Time.Advance(emulator.Options.TokenLifetime);

        var (status, _) = await emulator.GetAsync("fhir/Location", token);

        Assert.Equal(401, status);
    }

    [Fact]
    public async Task Fhir_HapiErrorBehindBackend_Answers500AsTheBackendDoes()
    {
        await using var emulator = await IhrisEmulatorFixture.StartAsync(o => o.RequireToken = true);
        var token = await GetTokenAsync(emulator, emulator.Options.TokenEmail, emulator.Options.TokenPassword);

        var (status, body) = await emulator.GetAsync("fhir/Location/NOPE", token);

        Assert.Equal(500, status);
        Assert.Equal("Request failed with status code 404", (string?)body["issue"]![0]!["diagnostics"]);
    }

    private static async Task<string> GetTokenAsync(IhrisEmulatorFixture emulator, string email, string password)
    {
        using var response = await emulator.Http.PostAsJsonAsync("auth/token", new { email, password });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        return (string)body!["access_token"]!;
    }
}
