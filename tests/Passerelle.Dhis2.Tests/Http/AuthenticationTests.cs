using System.Text;
using Passerelle.Dhis2.Tests.Support;

namespace Passerelle.Dhis2.Tests.Http;

public sealed class AuthenticationTests
{
    private const string SystemInfo = """{"version":"2.40.1"}""";

    [Fact]
    public async Task Request_BasicCredentials_SendsBasicHeader()
    {
        var handler = FakeDhis2Handler.Always(200, SystemInfo);
        var client = TestClients.Create(handler);

        await client.GetSystemInfoAsync();

        var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("admin:district"));
        Assert.Equal(expected, handler.Requests.Single().Authorization);
    }

    [Fact]
    public async Task Request_PersonalAccessToken_SendsApiTokenHeader()
    {
        const string token = "d2pat_5xVA12xyUbWNedQxy4ohH77WlxRGVvZZ1151814092";
        var handler = FakeDhis2Handler.Always(200, SystemInfo);
        var client = TestClients.Create(handler, o =>
        {
            o.Username = null;
            o.Password = null;
            o.PersonalAccessToken = token;
        });

        await client.GetSystemInfoAsync();

        Assert.Equal("ApiToken " + token, handler.Requests.Single().Authorization);
    }

    [Fact]
    public async Task Request_TokenFileWithTrailingNewline_SendsFirstLineOnly()
    {
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(file, "d2p_abcDEF123\n");
            var handler = FakeDhis2Handler.Always(200, SystemInfo);
            var client = TestClients.Create(handler, o =>
            {
                o.Username = null;
                o.Password = null;
                o.TokenFile = file;
            });

            await client.GetSystemInfoAsync();

            Assert.Equal("ApiToken d2p_abcDEF123", handler.Requests.Single().Authorization);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Request_PasswordFile_SendsPasswordFromFile()
    {
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(file, "s3cret\n");
            var handler = FakeDhis2Handler.Always(200, SystemInfo);
            var client = TestClients.Create(handler, o =>
            {
                o.Password = null;
                o.PasswordFile = file;
            });

            await client.GetSystemInfoAsync();

            var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("admin:s3cret"));
            Assert.Equal(expected, handler.Requests.Single().Authorization);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
