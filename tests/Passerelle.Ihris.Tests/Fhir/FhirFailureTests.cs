using System.Net;
using Microsoft.Extensions.Time.Testing;
using Passerelle.Ihris.Fhir;
using Passerelle.Ihris.Tests.Support;

namespace Passerelle.Ihris.Tests.Fhir;

public sealed class FhirFailureTests
{
    [Fact]
    public async Task ReadFacilitiesAsync_ServerError_ExplainsInFrenchAndEnglishWithUrl()
    {
        // Given a server answering 500 with a HAPI OperationOutcome
        var server = new FakeFhirServer { Intercept = _ => FakeFhirServer.Json(HttpStatusCode.InternalServerError, FakeFhirServer.Outcome("HAPI-0389: database down")) };
        var source = IhrisReference.Source(server);

        // When the facilities are read
        var error = await Assert.ThrowsAsync<IhrisSourceException>(() => source.ReadFacilitiesAsync(CancellationToken.None).ToListAsync().AsTask());

        // Then the message says what failed, where, and HAPI's reason
        Assert.Contains("Erreur du serveur FHIR iHRIS (HTTP 500)", error.Message, StringComparison.Ordinal);
        Assert.Contains("iHRIS FHIR server error", error.Message, StringComparison.Ordinal);
        Assert.Contains("http://ihris.test/fhir/Location?_count=50", error.Message, StringComparison.Ordinal);
        Assert.Contains("HAPI-0389", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadFacilitiesAsync_ServerSilent_TimesOutWithUrl()
    {
        // Given a server that never answers and a 30-second request timeout
        var time = new FakeTimeProvider(IhrisReference.Now);
        using var handler = new SilentHandler();
        var options = new IhrisFhirOptions { BaseUrl = new Uri(FakeFhirServer.Base), RequestTimeout = TimeSpan.FromSeconds(30), MaxRetries = 0 };
        var source = new IhrisFhirSource(new HttpClient(handler), options, IhrisReference.Pseudonymizer, time, Microsoft.Extensions.Logging.Abstractions.NullLogger<IhrisFhirSource>.Instance);

        // When the read waits past the timeout
        var read = source.ReadFacilitiesAsync(CancellationToken.None).ToListAsync().AsTask();
        await handler.Entered.Task;
        time.Advance(TimeSpan.FromSeconds(31));

        // Then it fails with a timeout naming the URL
        var error = await Assert.ThrowsAsync<IhrisSourceException>(() => read);
        Assert.Contains("Délai dépassé (30 s) / timed out", error.Message, StringComparison.Ordinal);
        Assert.Contains("http://ihris.test/fhir/Location", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadRolesAsync_Cancelled_StopsWithCancellation()
    {
        // Given a caller that has already given up
        var source = IhrisReference.Source(IhrisReference.DemoServer());
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        // When the roles are read, then the read stops as cancelled, not as a source error
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => source.ReadRolesAsync(cancelled.Token).ToListAsync().AsTask());
    }

    [Fact]
    public void Constructor_BadPageSizeAndMissingBackendLogin_ListsEveryProblem()
    {
        // Given options with a page size out of range and backend access without credentials
        var options = new IhrisFhirOptions { PageSize = 0, Access = IhrisFhirAccess.Backend };

        // When the source is built, then it refuses with each key named
        var error = Assert.Throws<IhrisSourceException>(() => IhrisReference.Source(new FakeFhirServer(), options));
        Assert.Contains("ihris.fhir.pageSize", error.Message, StringComparison.Ordinal);
        Assert.Contains("PASSERELLE_IHRIS_PASSWORD", error.Message, StringComparison.Ordinal);
    }

    private sealed class SilentHandler : HttpMessageHandler
    {
        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Entered.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException("unreachable");
        }
    }
}
