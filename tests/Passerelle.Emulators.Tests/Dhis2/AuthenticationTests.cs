using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Passerelle.Emulators.Dhis2;

namespace Passerelle.Emulators.Tests.Dhis2;

public sealed class AuthenticationTests
{
    private const string Token = "d2pat_5xVA12xyUbWNedQxy4ohH77WlxRGVvZZ1151814092";

    private static async Task<(int Status, HttpResponseMessage Response, string Body)> SendAsync(EmulatorSession session, Action<HttpRequestMessage> prepare)
    {
        // A client without the session's default credentials, that does not follow redirects.
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = session.Emulator.BaseUrl };
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/system/info");
        prepare(request);
        var response = await client.SendAsync(request);
        return ((int)response.StatusCode, response, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_WrongPassword_RecordedUnauthorizedBody()
    {
        await using var session = await EmulatorSession.StartAsync(Dhis2World.Empty);

        var (status, _, body) = await SendAsync(session, r => r.Headers.Authorization = EmulatorSession.BasicAuth("admin", "wrong"));

        Assert.Equal(401, status);
        Assert.Equal(Fixtures.Json("android_user_user_unauthorized.json").ToJsonString(), JsonNode.Parse(body)!.ToJsonString());
    }

    [Theory]
    [InlineData("2.38", "/dhis-web-commons/security/login.action")]
    [InlineData("2.40", "/dhis-web-commons/security/login.action")]
    [InlineData("2.41", "/dhis-web-login/")]
    [InlineData("2.43", "/login/")]
    public async Task Get_NoCredentialsFromBrowser_RedirectsToLoginPageOfVersion(string version, string loginPath)
    {
        await using var session = await EmulatorSession.StartAsync(Dhis2World.Empty, version);

        var (status, response, _) = await SendAsync(session, _ => { });

        Assert.Equal(302, status);
        Assert.Equal(loginPath, response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task Get_NoCredentialsFromXhr_Unauthorized()
    {
        await using var session = await EmulatorSession.StartAsync(Dhis2World.Empty);

        var (status, _, _) = await SendAsync(session, r =>
        {
            r.Headers.Add("X-Requested-With", "XMLHttpRequest");
        });

        Assert.Equal(401, status);
    }

    [Fact]
    public async Task Get_ValidPersonalAccessToken_Ok()
    {
        await using var session = await EmulatorSession.StartAsync(new Dhis2EmulatorOptions { AccessTokens = [Token] });

        var (status, _, _) = await SendAsync(session, r => r.Headers.Authorization = new AuthenticationHeaderValue("ApiToken", Token));

        Assert.Equal(200, status);
    }

    [Fact]
    public async Task Get_UnknownToken_UnauthorizedWithApiTokenChallenge()
    {
        await using var session = await EmulatorSession.StartAsync(new Dhis2EmulatorOptions { AccessTokens = [Token] });

        var (status, response, body) = await SendAsync(session, r => r.Headers.Authorization = new AuthenticationHeaderValue("ApiToken", "d2pat_unknownunknownunknownunknown0000000000"));

        Assert.Equal(401, status);
        Assert.Equal("ApiToken", response.Headers.WwwAuthenticate.ToString());
        Assert.Equal("The API token does not exists.", (string)JsonNode.Parse(body)!["message"]!);
    }
}
