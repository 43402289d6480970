using Microsoft.Extensions.Options;
using Passerelle.Dhis2.Configuration;
using Passerelle.Dhis2.Http;

namespace Passerelle.Dhis2.Tests.Support;

/// <summary>Builds a <see cref="Dhis2Client"/> over a fake handler, with the real authentication handler in front.</summary>
internal static class TestClients
{
    public const string BaseUrl = "http://dhis2.test/";

    public static Dhis2ClientOptions Options(Action<Dhis2ClientOptions>? configure = null)
    {
        var options = new Dhis2ClientOptions { BaseUrl = new Uri(BaseUrl), Username = "admin", Password = "district" };
        configure?.Invoke(options);
        return options;
    }

    public static Dhis2Client Create(HttpMessageHandler handler, Action<Dhis2ClientOptions>? configure = null)
    {
        var options = Microsoft.Extensions.Options.Options.Create(Options(configure));
        var auth = new Dhis2AuthenticationHandler(options) { InnerHandler = handler };
        return new Dhis2Client(new HttpClient(auth), options);
    }
}
