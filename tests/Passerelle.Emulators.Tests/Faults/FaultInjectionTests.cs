using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;
using Passerelle.Emulators.Faults;
using Passerelle.Emulators.Hosting;

namespace Passerelle.Emulators.Tests.Faults;

/// <summary>Each fault kind, through a real <see cref="EmulatorHost"/> on 127.0.0.1.</summary>
public sealed class FaultInjectionTests
{
    private const string Body = "hello world";

    private static Task<EmulatorHost> StartAsync(FaultPlan plan, TimeProvider? time = null) =>
        EmulatorHost.StartAsync(
            new EmulatorHostOptions { Faults = plan, TimeProvider = time ?? TimeProvider.System },
            context => context.Response.WriteAsync(Body),
            CancellationToken.None);

    private static FaultPlan Plan(params FaultRule[] rules) => new() { Seed = 1, Rules = rules };

    private static async Task<List<int>> StatusesAsync(EmulatorHost host, int count, string path = "api/x")
    {
        using var client = new HttpClient { BaseAddress = host.BaseUrl };
        var statuses = new List<int>();
        for (var i = 0; i < count; i++)
        {
            using var response = await client.GetAsync(path);
            statuses.Add((int)response.StatusCode);
        }

        return statuses;
    }

    [Fact]
    public async Task Status_EveryNth_FailsOnlyThoseRequests()
    {
        await using var host = await StartAsync(Plan(new FaultRule { Kind = FaultKind.Status, StatusCode = 503, EveryNth = 2 }));

        Assert.Equal([200, 503, 200, 503], await StatusesAsync(host, 4));
    }

    [Fact]
    public async Task Status_FirstN_FailsThenRecovers()
    {
        await using var host = await StartAsync(Plan(new FaultRule { Kind = FaultKind.Status, StatusCode = 500, FirstN = 2 }));

        Assert.Equal([500, 500, 200], await StatusesAsync(host, 3));
    }

    [Fact]
    public async Task Status_OtherPathOrMethod_NotAffected()
    {
        await using var host = await StartAsync(Plan(new FaultRule { Kind = FaultKind.Status, PathPrefix = "/api/dataValueSets", Method = "POST" }));

        Assert.Equal([200, 200], await StatusesAsync(host, 2, "api/dataValueSets"));
    }

    [Fact]
    public async Task Probability_SameSeed_SameSequence()
    {
        var plan = Plan(new FaultRule { Kind = FaultKind.Status, Probability = 0.5 });
        await using var first = await StartAsync(plan);
        await using var second = await StartAsync(plan);

        var a = await StatusesAsync(first, 20);
        var b = await StatusesAsync(second, 20);

        Assert.Equal(a, b);
        Assert.Contains(200, a);
        Assert.Contains(503, a);
    }

    [Fact]
    public async Task Drop_Connection_ClientSeesTransportError()
    {
        await using var host = await StartAsync(Plan(new FaultRule { Kind = FaultKind.Drop }));
        using var client = new HttpClient { BaseAddress = host.BaseUrl };

        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync("api/x"));
    }

    [Fact]
    public async Task Latency_AnswersOnlyAfterTheDelay()
    {
        var time = new FakeTimeProvider();
        await using var host = await StartAsync(Plan(new FaultRule { Kind = FaultKind.Latency, DelayMs = 5000 }), time);
        using var client = new HttpClient { BaseAddress = host.BaseUrl };

        var pending = client.GetStringAsync("api/x");
        var early = await Task.WhenAny(pending, Task.Delay(300));
        for (var i = 0; i < 100 && !pending.IsCompleted; i++)
        {
            time.Advance(TimeSpan.FromSeconds(5));
            await Task.WhenAny(pending, Task.Delay(50));
        }

        Assert.NotSame(pending, early);
        Assert.Equal(Body, await pending);
    }

    [Fact]
    public async Task SlowBody_SendsSmallChunksWithPauses()
    {
        // Given 11 bytes sent 4 at a time, 60 ms apart (three pauses)
        await using var host = await StartAsync(Plan(new FaultRule { Kind = FaultKind.SlowBody, ChunkBytes = 4, DelayMs = 60 }));
        using var client = new HttpClient { BaseAddress = host.BaseUrl };
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();

        // When the body is read
        using var response = await client.GetAsync("api/x", HttpCompletionOption.ResponseHeadersRead);
        var text = await response.Content.ReadAsStringAsync();

        // Then it arrives whole, no faster than the pauses allow
        Assert.Equal(Body, text);
        Assert.True(stopwatch.Elapsed >= TimeSpan.FromMilliseconds(150), $"body came in {stopwatch.Elapsed}");
    }

    [Fact]
    public async Task ExpiredAuth_AfterNRequests_Unauthorized()
    {
        await using var host = await StartAsync(Plan(new FaultRule { Kind = FaultKind.ExpiredAuth, AfterRequests = 2 }));

        Assert.Equal([200, 200, 401, 401], await StatusesAsync(host, 4));
    }

    [Fact]
    public async Task Body_ReplacesTheAnswer_WithStatusAndContentType()
    {
        // Given a rule answering a proxy's HTML page with 200 on one path
        await using var host = await StartAsync(Plan(new FaultRule { Kind = FaultKind.Body, PathPrefix = "/api/system", ContentType = "text/html", Body = "<html>Maintenance</html>" }));
        using var client = new HttpClient { BaseAddress = host.BaseUrl };

        // When that path and another are asked
        using var broken = await client.GetAsync("api/system/info");
        using var other = await client.GetAsync("api/x");

        // Then the first gets the page, the other the real answer
        Assert.Equal(200, (int)broken.StatusCode);
        Assert.Equal("text/html", broken.Content.Headers.ContentType!.MediaType);
        Assert.Equal("<html>Maintenance</html>", await broken.Content.ReadAsStringAsync());
        Assert.Equal(Body, await other.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ExpiredAuth_OnlyCountsMatchingRequests()
    {
        // Given credentials that expire after 2 data value requests, whatever else is asked meanwhile
        await using var host = await StartAsync(Plan(new FaultRule { Kind = FaultKind.ExpiredAuth, PathPrefix = "/api/dataValueSets", AfterRequests = 2 }));

        // When other paths are asked in between
        var statuses = new List<int>();
        foreach (var path in new[] { "api/dataValueSets", "api/x", "api/dataValueSets", "api/x", "api/dataValueSets" })
        {
            statuses.AddRange(await StatusesAsync(host, 1, path));
        }

        // Then only the third data value request is refused
        Assert.Equal([200, 200, 200, 200, 401], statuses);
    }
}
