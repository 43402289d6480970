using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Passerelle.DemoWorld;
using Passerelle.DemoWorld.Model;
using Passerelle.Emulators.Ihris;
using Passerelle.Emulators.Ihris.Worlds;
using Passerelle.Ihris.Fhir;
using Passerelle.Ihris.Tests.Support;

namespace Passerelle.Ihris.Tests.Fhir;

/// <summary>
/// Retries over real HTTP against the iHRIS emulator, with faults injected in front of its FHIR endpoints:
/// GETs are tried again after 5xx and dropped connections; the login is retried once only when its connection dropped.
/// </summary>
public sealed class FhirResilienceTests
{
    private static readonly Lazy<DemoWorldModel> World = new(() =>
        DemoWorldGenerator.Generate(DemoWorldOptions.Default with { RegionCodes = ["SN-KL"] }));

    [Fact]
    public async Task ReadFacilitiesAsync_TwoServerErrorsThenAnswer_ReadsEverything()
    {
        // Given an emulator whose first two Location searches answer 503
        var faults = new Faults("/fhir/Location", failFirst: 2, drop: false);
        await using var emulator = await StartAsync(faults);

        // When the facilities are read with up to 3 retries
        var facilities = await Source(emulator, maxRetries: 3).ReadFacilitiesAsync(CancellationToken.None).ToListAsync();

        // Then the third attempt answered and every facility came
        Assert.Equal(3, faults.Seen);
        Assert.Equal(World.Value.IhrisLocations.Count(l => l.IsFacility), facilities.Count);
    }

    [Fact]
    public async Task ReadFacilitiesAsync_DroppedConnection_RetriesAndReads()
    {
        // Given an emulator that drops the first Location connection without an answer
        var faults = new Faults("/fhir/Location", failFirst: 1, drop: true);
        await using var emulator = await StartAsync(faults);

        // When the facilities are read
        var facilities = await Source(emulator, maxRetries: 2).ReadFacilitiesAsync(CancellationToken.None).ToListAsync();

        // Then the second attempt read them
        Assert.Equal(2, faults.Seen);
        Assert.NotEmpty(facilities);
    }

    [Fact]
    public async Task ReadFacilitiesAsync_ServerDownThroughout_FailsAfterTheLastRetryWithUrl()
    {
        // Given an emulator whose Location searches always answer 503
        var faults = new Faults("/fhir/Location", failFirst: int.MaxValue, drop: false);
        await using var emulator = await StartAsync(faults);

        // When the facilities are read with 2 retries
        var error = await Assert.ThrowsAsync<IhrisSourceException>(() => Source(emulator, maxRetries: 2).ReadFacilitiesAsync(CancellationToken.None).ToListAsync().AsTask());

        // Then it tried 3 times and names the status and the URL
        Assert.Equal(3, faults.Seen);
        Assert.Contains("HTTP 503", error.Message, StringComparison.Ordinal);
        Assert.Contains("/fhir/Location", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_ServerErrorOnToken_IsNotRetried()
    {
        // Given a backend whose login answers 503
        var faults = new Faults("/auth/token", failFirst: int.MaxValue, drop: false);
        await using var emulator = await StartAsync(faults, requireToken: true);

        // When the facilities are read through the backend
        var error = await Assert.ThrowsAsync<IhrisSourceException>(() => Source(emulator, maxRetries: 3, backend: true).ReadFacilitiesAsync(CancellationToken.None).ToListAsync().AsTask());

        // Then the login was sent once per GET attempt by the token handler, never repeated by the retry of the POST itself
        Assert.Contains("POST", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, faults.Seen);
    }

    [Fact]
    public async Task Login_DroppedConnectionOnce_IsRetriedOnceAndReads()
    {
        // Given a backend that drops the first login connection
        var faults = new Faults("/auth/token", failFirst: 1, drop: true);
        await using var emulator = await StartAsync(faults, requireToken: true);

        // When the facilities are read through the backend, without GET retries
        var facilities = await Source(emulator, maxRetries: 0, backend: true).ReadFacilitiesAsync(CancellationToken.None).ToListAsync();

        // Then the login was sent twice and the read succeeded
        Assert.Equal(2, faults.Seen);
        Assert.NotEmpty(facilities);
    }

    private static async Task<RunningIhrisEmulator> StartAsync(Faults faults, bool requireToken = false)
    {
        var store = new IhrisFhirStore(TimeProvider.System);
        IhrisWorlds.LoadDemoWorld(store, World.Value, IhrisQuirks.None);
        return await IhrisEmulator.StartAsync(store, new IhrisEmulatorOptions { RequireToken = requireToken, ConfigurePipeline = app => app.Use(faults.InvokeAsync) }, CancellationToken.None);
    }

    private static IhrisFhirSource Source(RunningIhrisEmulator emulator, int maxRetries, bool backend = false)
    {
        var options = new IhrisFhirOptions
        {
            BaseUrl = emulator.FhirBaseUrl,
            MaxRetries = maxRetries,
            RetryBaseDelay = TimeSpan.FromMilliseconds(20),
            RetryMaxDelay = TimeSpan.FromMilliseconds(100),
        };
        if (backend)
        {
            options.Access = IhrisFhirAccess.Backend;
            options.Email = new IhrisEmulatorOptions().TokenEmail;
            options.Password = new IhrisEmulatorOptions().TokenPassword;
        }

        return new IhrisFhirSource(WorkforceSourceFactory.CreateFhirClient(options), options, IhrisReference.Pseudonymizer, TimeProvider.System, NullLogger<IhrisFhirSource>.Instance);
    }

    /// <summary>Fails the first N requests under a path: 503 in iHRIS's envelope, or a connection dropped without an answer.</summary>
    private sealed class Faults(string pathPrefix, int failFirst, bool drop)
    {
        private int _seen;

        public int Seen => Volatile.Read(ref _seen);

        public async Task InvokeAsync(HttpContext context, Func<Task> next)
        {
            if (!context.Request.Path.StartsWithSegments(pathPrefix, StringComparison.OrdinalIgnoreCase))
            {
                await next();
                return;
            }

            if (Interlocked.Increment(ref _seen) > failFirst)
            {
                await next();
                return;
            }

            if (drop)
            {
                context.Abort();
                return;
            }

            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.ContentType = "application/fhir+json";
            await context.Response.WriteAsync("""{"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"transient","diagnostics":"maintenance"}]}""");
        }
    }
}
