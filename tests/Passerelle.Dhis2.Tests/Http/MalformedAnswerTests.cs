using System.Net;
using System.Text;
using Passerelle.Dhis2.Http;
using Passerelle.Dhis2.Pull;
using Passerelle.Dhis2.Tests.Support;

namespace Passerelle.Dhis2.Tests.Http;

/// <summary>
/// Answers that are not the DHIS2 JSON they claim to be: a body cut short, an HTML page sent with 200, values of
/// the wrong type. Each fails with an <see cref="Dhis2ErrorKind.InvalidResponse"/> naming the URL and what was wrong.
/// </summary>
public sealed class MalformedAnswerTests
{
    private const string SystemInfoUrl = "http://dhis2.test/api/system/info";

    [Fact]
    public async Task GetSystemInfo_TruncatedBody_SaysTruncatedAndNamesTheUrl()
    {
        // Given a system/info body cut in the middle
        var client = TestClients.Create(FakeDhis2Handler.Always(200, """{"version":"2.40.4","revision":"abc","systemName":"DHIS"""));

        // When
        var error = await Assert.ThrowsAsync<Dhis2Exception>(() => client.GetSystemInfoAsync());

        // Then
        Assert.Equal(Dhis2ErrorKind.InvalidResponse, error.Kind);
        Assert.Contains(SystemInfoUrl, error.Message, StringComparison.Ordinal);
        Assert.Contains("JSON tronqué", error.Message, StringComparison.Ordinal);
        Assert.Contains("truncated JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetSystemInfo_HtmlPageWith200_SaysHtmlInsteadOfJson()
    {
        // Given a proxy's maintenance page, sent with 200 as text/html
        var handler = new FakeDhis2Handler((_, _) => new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent("<!DOCTYPE html><html><body><h1>Maintenance</h1></body></html>", Encoding.UTF8, "text/html"),
        });
        var client = TestClients.Create(handler);

        // When
        var error = await Assert.ThrowsAsync<Dhis2Exception>(() => client.GetSystemInfoAsync());

        // Then
        Assert.Equal(Dhis2ErrorKind.InvalidResponse, error.Kind);
        Assert.Contains(SystemInfoUrl, error.Message, StringComparison.Ordinal);
        Assert.Contains("page HTML au lieu de JSON (HTTP 200, text/html)", error.Message, StringComparison.Ordinal);
        Assert.Contains("an HTML page instead of JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetSystemInfo_HtmlPageLabelledJson_StillSaysHtml()
    {
        // Given an HTML page whose content type claims JSON
        var client = TestClients.Create(FakeDhis2Handler.Always(200, "<html><body>Login</body></html>"));

        // When
        var error = await Assert.ThrowsAsync<Dhis2Exception>(() => client.GetSystemInfoAsync());

        // Then
        Assert.Contains("page HTML ou XML au lieu de JSON", error.Message, StringComparison.Ordinal);
        Assert.Contains(SystemInfoUrl, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetOrganisationUnits_LevelOfTheWrongType_NamesTheField()
    {
        // Given an org unit whose level is a word
        var client = TestClients.Create(FakeDhis2Handler.Always(200,
            """{"pager":{"page":1,"pageCount":1,"total":2},"organisationUnits":[{"id":"ImspTQPwCqd","name":"Sénégal","level":1},{"id":"O6uvpzGd5pu","name":"Kédougou","level":"deux"}]}"""));

        // When
        var error = await Assert.ThrowsAsync<Dhis2Exception>(() => client.GetOrganisationUnitsAsync().ToListAsync().AsTask());

        // Then
        Assert.Equal(Dhis2ErrorKind.InvalidResponse, error.Kind);
        Assert.Contains("http://dhis2.test/api/organisationUnits?", error.Message, StringComparison.Ordinal);
        Assert.Contains("type inattendu au champ « $.organisationUnits[1].level »", error.Message, StringComparison.Ordinal);
        Assert.Contains("unexpected type at field", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"pager":{"page":1},"organisationUnits":"oops"}""", "String")]
    [InlineData("""[{"id":"ImspTQPwCqd"}]""", "Array")]
    [InlineData("""{"pager":"one","organisationUnits":[]}""", null)]
    public async Task GetOrganisationUnits_WrongShape_FailsClearlyOrReadsNothing(string body, string? found)
    {
        // Given a collection answer of the wrong shape
        var client = TestClients.Create(FakeDhis2Handler.Always(200, body));

        // When
        var read = async () => await client.GetOrganisationUnitsAsync().ToListAsync();

        // Then it names what it found, never crashes on the shape
        if (found is null)
        {
            Assert.Empty(await read());
            return;
        }

        var error = await Assert.ThrowsAsync<Dhis2Exception>(read);
        Assert.Contains("no 'organisationUnits' array", error.Message, StringComparison.Ordinal);
        Assert.Contains(found, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetDataValues_TruncatedStream_SaysTruncatedAndNamesTheUrl()
    {
        // Given a data value export cut after one value
        var client = TestClients.Create(FakeDhis2Handler.Always(200,
            """{"dataSet":"x","dataValues":[{"dataElement":"fbfJHSPpUQD","period":"202601","orgUnit":"DiszpKrYNg8","value":"12"},{"dataElement":"fbf"""));
        var query = new Dhis2DataValueQuery { DataSets = ["BfMAe6Itzgt"], Periods = ["202601"], OrgUnits = ["ImspTQPwCqd"] };

        // When
        var error = await Assert.ThrowsAsync<Dhis2Exception>(() => client.GetDataValuesAsync(query).ToListAsync().AsTask());

        // Then
        Assert.Equal(Dhis2ErrorKind.InvalidResponse, error.Kind);
        Assert.Contains("http://dhis2.test/api/dataValueSets", error.Message, StringComparison.Ordinal);
        Assert.Contains("JSON tronqué", error.Message, StringComparison.Ordinal);
        Assert.Contains("truncated JSON", error.Message, StringComparison.Ordinal);
    }
}
