using Passerelle.Dhis2.Configuration;
using Passerelle.Dhis2.Tests.Support;

namespace Passerelle.Dhis2.Tests.Configuration;

public sealed class OptionsValidatorTests
{
    private static string? Validate(Action<Dhis2ClientOptions> change)
    {
        var options = TestClients.Options(change);
        var result = new Dhis2ClientOptionsValidator().Validate(null, options);
        return result.Failed ? result.FailureMessage : null;
    }

    [Fact]
    public void Validate_DefaultTestOptions_Succeeds() => Assert.Null(Validate(_ => { }));

    [Theory]
    [InlineData("dhis2:BaseUrl", "missing")]
    public void Validate_NoBaseUrl_NamesTheKey(string key, string word)
    {
        var message = Validate(o => o.BaseUrl = null);

        Assert.Contains(key, message, StringComparison.Ordinal);
        Assert.Contains(word, message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BaseUrlWithApi_SaysToRemoveIt()
    {
        var message = Validate(o => o.BaseUrl = new Uri("https://dhis2.example.org/api"));

        Assert.Contains("without /api", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BaseUrlWithCredentials_RefusesWithoutEchoingThem()
    {
        var message = Validate(o => o.BaseUrl = new Uri("https://admin:Secret99@dhis2.example.org"));

        Assert.Contains("dhis2:BaseUrl", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Secret99", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TokenAndPassword_AsksToKeepOne()
    {
        var message = Validate(o => o.PersonalAccessToken = "d2pat_abc");

        Assert.Contains("keep only one", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MalformedToken_RefusesWithoutEchoingIt()
    {
        var message = Validate(o =>
        {
            o.Username = null;
            o.Password = null;
            o.PersonalAccessToken = "Bearer:topsecret";
        });

        Assert.Contains("dhis2:PersonalAccessToken", message, StringComparison.Ordinal);
        Assert.DoesNotContain("topsecret", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MissingPasswordFile_NamesTheFile()
    {
        var message = Validate(o =>
        {
            o.Password = null;
            o.PasswordFile = "/nonexistent/dhis2-password";
        });

        Assert.Contains("dhis2:PasswordFile", message, StringComparison.Ordinal);
        Assert.Contains("/nonexistent/dhis2-password", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ZeroChunkSize_GivesTheRange()
    {
        var message = Validate(o => o.ChunkSize = 0);

        Assert.Contains("dhis2:ChunkSize", message, StringComparison.Ordinal);
        Assert.Contains("between 1 and 100000", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NoCredentials_MentionsTheEnvironmentVariables()
    {
        var message = Validate(o =>
        {
            o.Username = null;
            o.Password = null;
        });

        Assert.Contains("PASSERELLE_DHIS2_PASSWORD", message, StringComparison.Ordinal);
    }
}
