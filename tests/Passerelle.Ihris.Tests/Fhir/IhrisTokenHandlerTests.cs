using System.Net;
using System.Text.Json.Nodes;
using Passerelle.Ihris.Fhir;
using Passerelle.Ihris.Tests.Support;

namespace Passerelle.Ihris.Tests.Fhir;

public sealed class IhrisTokenHandlerTests
{
    [Fact]
    public async Task SendAsync_BackendAccess_LogsInThenSendsBearerToken()
    {
        // Given a backend that issues token T1 for the integration account
        var backend = new FakeBackend();
        using var client = Client(backend);

        // When a FHIR resource is fetched
        using var response = await client.GetAsync(new Uri("http://ihris.test/fhir/Location"));

        // Then the handler logged in with the account, then sent the token
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("{\"email\":\"sync@ihris.test\",\"password\":\"s3cret\"}", backend.LoginBodies.Single());
        Assert.Equal("Bearer T1", backend.Authorizations.Last());
    }

    [Fact]
    public async Task SendAsync_TokenExpired_LogsInAgainAndRepeatsOnce()
    {
        // Given a backend whose first token has expired
        var backend = new FakeBackend { ExpiredTokens = { "T1" } };
        using var client = Client(backend);

        // When a FHIR resource is fetched
        using var response = await client.GetAsync(new Uri("http://ihris.test/fhir/Location"));

        // Then the request succeeded with a fresh token after a second login
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, backend.LoginBodies.Count);
        Assert.Equal("Bearer T2", backend.Authorizations.Last());
    }

    [Fact]
    public async Task SendAsync_LoginRefused_ExplainsWhichSettingsToCheck()
    {
        // Given a backend refusing the password
        var backend = new FakeBackend { RefuseLogin = true };
        using var client = Client(backend);

        // When a FHIR resource is fetched, then the error names the settings and the login URL
        var error = await Assert.ThrowsAsync<IhrisSourceException>(() => client.GetAsync(new Uri("http://ihris.test/fhir/Location")));
        Assert.Contains("PASSERELLE_IHRIS_PASSWORD", error.Message, StringComparison.Ordinal);
        Assert.Contains("POST http://ihris.test/auth/token", error.Message, StringComparison.Ordinal);
    }

    private static HttpClient Client(FakeBackend backend)
    {
        var options = new IhrisFhirOptions
        {
            BaseUrl = new Uri("http://ihris.test/fhir"),
            Access = IhrisFhirAccess.Backend,
            Email = "sync@ihris.test",
            Password = "s3cret",
        };
        return new HttpClient(new IhrisTokenHandler(options) { InnerHandler = backend });
    }

    private sealed class FakeBackend : HttpMessageHandler
    {
        private int _issued;

        public HashSet<string> ExpiredTokens { get; } = [];

        public bool RefuseLogin { get; init; }

        public List<string> LoginBodies { get; } = [];

        public List<string> Authorizations { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.RequestUri!.AbsolutePath == "/auth/token")
            {
                LoginBodies.Add(await request.Content!.ReadAsStringAsync(cancellationToken));
                return RefuseLogin
                    ? new HttpResponseMessage(HttpStatusCode.Unauthorized)
                    : FakeFhirServer.Json(HttpStatusCode.OK, new JsonObject { ["access_token"] = $"T{++_issued}" });
            }

            var authorization = request.Headers.Authorization?.ToString() ?? string.Empty;
            Authorizations.Add(authorization);
            var token = authorization.Replace("Bearer ", string.Empty, StringComparison.Ordinal);
            return token.Length == 0 || ExpiredTokens.Contains(token)
                ? FakeFhirServer.Json(HttpStatusCode.Unauthorized, FakeFhirServer.Outcome("NOTLOGGEDIN"))
                : FakeFhirServer.Json(HttpStatusCode.OK, new JsonObject { ["resourceType"] = "Bundle", ["type"] = "searchset" });
        }
    }
}
