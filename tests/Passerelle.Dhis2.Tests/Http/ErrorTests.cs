using System.Net;
using System.Net.Sockets;
using Passerelle.Dhis2.Http;
using Passerelle.Dhis2.Tests.Support;

namespace Passerelle.Dhis2.Tests.Http;

public sealed class ErrorTests
{
    private const string Password = "district-Secret-42";

    [Fact]
    public async Task Request_Recorded401_ThrowsUnauthorizedWithoutPassword()
    {
        // Given the recorded 401 body of a wrong password
        var client = TestClients.Create(FakeDhis2Handler.Always(401, Fixtures.Body("android_user_user_unauthorized.json")),
            o => o.Password = Password);

        // When
        var error = await Assert.ThrowsAsync<Dhis2Exception>(() => client.GetSystemInfoAsync());

        // Then
        Assert.Equal(Dhis2ErrorKind.Unauthorized, error.Kind);
        Assert.Equal(401, error.StatusCode);
        Assert.Contains("Identifiants DHIS2 refusés", error.Message, StringComparison.Ordinal);
        Assert.Contains("credentials rejected", error.Message, StringComparison.Ordinal);
        Assert.Contains("http://dhis2.test/api/system/info", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://dhis2.test/dhis-web-commons/security/login.action")]
    [InlineData("http://dhis2.test/dhis-web-login/")]
    [InlineData("http://dhis2.test/login/")]
    public async Task Request_302ToLoginPage_ThrowsUnauthorizedAndDoesNotFollow(string location)
    {
        var handler = new FakeDhis2Handler((_, _) =>
        {
            var response = new HttpResponseMessage(HttpStatusCode.Found);
            response.Headers.Location = new Uri(location);
            return response;
        });
        var client = TestClients.Create(handler, o => o.Password = Password);

        var error = await Assert.ThrowsAsync<Dhis2Exception>(() => client.GetSystemInfoAsync());

        Assert.Equal(Dhis2ErrorKind.Unauthorized, error.Kind);
        Assert.Contains("page de connexion", error.Message, StringComparison.Ordinal);
        Assert.Contains("login page", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, error.ToString(), StringComparison.Ordinal);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task Request_RedirectElsewhere_ThrowsInvalidResponseNamingBaseUrl()
    {
        var handler = new FakeDhis2Handler((_, _) =>
        {
            var response = new HttpResponseMessage(HttpStatusCode.MovedPermanently);
            response.Headers.Location = new Uri("https://dhis2.test/api/system/info");
            return response;
        });
        var client = TestClients.Create(handler);

        var error = await Assert.ThrowsAsync<Dhis2Exception>(() => client.GetSystemInfoAsync());

        Assert.Equal(Dhis2ErrorKind.InvalidResponse, error.Kind);
        Assert.Contains("dhis2:BaseUrl", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_ConnectionRefused_ThrowsUnreachableWithUrl()
    {
        // Given a loopback port nobody listens on
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var client = TestClients.Create(new SocketsHttpHandler(), o =>
        {
            o.BaseUrl = new Uri($"http://127.0.0.1:{port}");
            o.Password = Password;
        });

        // When
        var error = await Assert.ThrowsAsync<Dhis2Exception>(() => client.GetSystemInfoAsync());

        // Then
        Assert.Equal(Dhis2ErrorKind.Unreachable, error.Kind);
        Assert.Contains("injoignable", error.Message, StringComparison.Ordinal);
        Assert.Contains("unreachable", error.Message, StringComparison.Ordinal);
        Assert.Contains($"http://127.0.0.1:{port}/api/system/info", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_Recorded404_ThrowsNotFoundWithServerMessageAndCode()
    {
        var client = TestClients.Create(FakeDhis2Handler.Always(404, Fixtures.Body("ade_v40_error_404_not_found.json")));

        var error = await Assert.ThrowsAsync<Dhis2Exception>(() => client.GetSystemInfoAsync());

        Assert.Equal(Dhis2ErrorKind.NotFound, error.Kind);
        Assert.Equal("E1005", error.ErrorCode);
        Assert.Equal("DataSet with id FAKEDATASET could not be found.", error.ServerMessage);
    }

    [Fact]
    public async Task Request_Recorded409_ThrowsConflictWithServerMessageAndCode()
    {
        var client = TestClients.Create(FakeDhis2Handler.Always(409, Fixtures.Body("ade_v41_error_409_conflict.json")));

        var error = await Assert.ThrowsAsync<Dhis2Exception>(() => client.GetSystemInfoAsync());

        Assert.Equal(Dhis2ErrorKind.Conflict, error.Kind);
        Assert.Equal("E1111", error.ErrorCode);
    }

    [Fact]
    public async Task Request_HtmlErrorFromProxy_ThrowsServerErrorWithoutServerMessage()
    {
        var handler = new FakeDhis2Handler((_, _) => new HttpResponseMessage(HttpStatusCode.BadGateway)
        {
            Content = new StringContent("<html>bad gateway</html>"),
        });
        var client = TestClients.Create(handler);

        var error = await Assert.ThrowsAsync<Dhis2Exception>(() => client.GetSystemInfoAsync());

        Assert.Equal(Dhis2ErrorKind.ServerError, error.Kind);
        Assert.Null(error.ServerMessage);
        Assert.Equal(502, error.StatusCode);
    }
}
