using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Dhis2.Http;
using Passerelle.Dhis2.Model;
using Passerelle.Dhis2.Tests.Support;

namespace Passerelle.Dhis2.Tests.Http;

public sealed class ResilienceTests
{
    private static ServiceProvider Provider(FakeDhis2Handler handler, Action<Passerelle.Dhis2.Configuration.Dhis2ClientOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddPasserelleDhis2(o =>
        {
            o.BaseUrl = new Uri(TestClients.BaseUrl);
            o.Username = "admin";
            o.Password = "district";
            o.ReadRetryBaseDelay = TimeSpan.FromMilliseconds(1);
            configure?.Invoke(o);
        }).ConfigurePrimaryHttpMessageHandler(() => handler);
        return services.BuildServiceProvider();
    }

    private static HttpResponseMessage Unavailable() => new(HttpStatusCode.ServiceUnavailable)
    {
        Content = new StringContent("""{"httpStatus":"Service Unavailable","httpStatusCode":503,"status":"ERROR","message":"busy"}""", Encoding.UTF8, "application/json"),
    };

    [Fact]
    public async Task Get_503Once_IsRetriedAndSucceeds()
    {
        // Given a server that fails the first call only
        var handler = new FakeDhis2Handler((_, index) => index == 0 ? Unavailable() : FakeDhis2Handler.Json(200, """{"version":"2.40.0"}"""));
        using var provider = Provider(handler);
        var client = provider.GetRequiredService<Dhis2Client>();

        // When
        var info = await client.GetSystemInfoAsync();

        // Then
        Assert.Equal(40, info.Version.Minor);
        Assert.Equal(2, handler.Requests.Count);
        Assert.NotNull(handler.Requests[1].Authorization);
    }

    [Fact]
    public async Task Post_503Once_IsNotResentAndTheErrorSurfaces()
    {
        var handler = new FakeDhis2Handler((_, index) => index == 0 ? Unavailable()
            : FakeDhis2Handler.Json(200, Fixtures.Body("android_datavalueset_data_value_set_success.json")));
        using var provider = Provider(handler);
        var client = provider.GetRequiredService<Dhis2Client>();

        var error = await Assert.ThrowsAsync<Dhis2Exception>(
            () => client.ImportDataValueChunkAsync([new Dhis2DataValue("f7n9E0hX8qk", "201201", "DiszpKrYNg8", Value: "1")]));

        Assert.Equal(Dhis2ErrorKind.ServerError, error.Kind);
        Assert.Equal(503, error.StatusCode);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task Get_AlwaysFailing_StopsAfterConfiguredRetries()
    {
        var handler = new FakeDhis2Handler((_, _) => Unavailable());
        using var provider = Provider(handler, o => o.ReadRetries = 2);
        var client = provider.GetRequiredService<Dhis2Client>();

        var error = await Assert.ThrowsAsync<Dhis2Exception>(() => client.GetSystemInfoAsync());

        Assert.Equal(Dhis2ErrorKind.ServerError, error.Kind);
        Assert.Equal(3, handler.Requests.Count);
    }

    [Fact]
    public async Task Get_SlowerThanReadTimeout_ThrowsTimeout()
    {
        var handler = new FakeDhis2Handler((_, _) => throw new InvalidOperationException("not called"));
        var slow = new SlowHandler();
        var services = new ServiceCollection();
        services.AddPasserelleDhis2(o =>
        {
            o.BaseUrl = new Uri(TestClients.BaseUrl);
            o.Username = "admin";
            o.Password = "district";
            o.ReadRetries = 0;
            o.ReadTimeout = TimeSpan.FromMilliseconds(50);
        }).ConfigurePrimaryHttpMessageHandler(() => slow);
        using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<Dhis2Client>();

        var error = await Assert.ThrowsAsync<Dhis2Exception>(() => client.GetSystemInfoAsync());

        Assert.Equal(Dhis2ErrorKind.Timeout, error.Kind);
        Assert.Contains("pas répondu à temps", error.Message, StringComparison.Ordinal);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task Get_CallerCancels_ThrowsOperationCanceled()
    {
        var slow = new SlowHandler();
        var services = new ServiceCollection();
        services.AddPasserelleDhis2(o =>
        {
            o.BaseUrl = new Uri(TestClients.BaseUrl);
            o.Username = "admin";
            o.Password = "district";
        }).ConfigurePrimaryHttpMessageHandler(() => slow);
        using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<Dhis2Client>();
        using var cancellation = new CancellationTokenSource();

        var call = client.GetSystemInfoAsync(cancellation.Token);
        await slow.Entered.Task;
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Equal(1, slow.Calls);
    }

    [Fact]
    public void Resolve_InvalidOptions_FailsNamingTheKey()
    {
        var services = new ServiceCollection();
        services.AddPasserelleDhis2(o => o.BaseUrl = new Uri("http://dhis2.test"));
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(
            () => provider.GetRequiredService<Dhis2Client>());

        Assert.Contains("dhis2:Username", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Never answers until cancelled.</summary>
    private sealed class SlowHandler : HttpMessageHandler
    {
        private int _calls;

        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Calls => _calls;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            Entered.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException("unreachable");
        }
    }
}
