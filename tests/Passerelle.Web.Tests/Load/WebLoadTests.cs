using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Core.Storage;
using Passerelle.Testing;
using Xunit.Abstractions;

namespace Passerelle.Web.Tests.Load;

/// <summary>
/// A short, bounded load test on loopback (issue #11): 50 signed-in users at once on Kestrel over 127.0.0.1,
/// each going through the dashboard pages and the JSON API for four rounds or 10 s, whichever comes first. It asserts that nothing fails; the latencies
/// (p50, p95) are reported, in the test output and in <c>test-artifacts/web/load.txt</c>, not asserted:
/// they depend on the machine.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class WebLoadTests(WebTestWarehouse warehouse, ITestOutputHelper output)
{
    private const int Users = 50;
    private const int RoundsPerUser = 4;
    private static readonly TimeSpan MeasureAtMost = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task DashboardAndApi_FiftyConcurrentUsers_AnswerEveryRequestWithoutError()
    {
        // Given the app on a real port and 50 users, each signed in with its own session cookie
        await using var app = await LoopbackApp.StartAsync(warehouse.NewCopy(), loginAttemptsPerMinute: 10_000);
        var store = app.App.Services.GetRequiredService<IWarehouse>();
        var facility = (await store.Results.ReadIndicatorValuesAsync(new IndicatorQuery("PASS_WISN_RATIO_INF", OrgLevel: OrgLevel.Facility), CancellationToken.None).FirstAsync()).UnitId;
        string[] paths =
        [
            "/", "/map", "/districts", "/quality", $"/facilities/{Uri.EscapeDataString(facility)}",
            "/api/summary", "/api/facilities", "/api/trends", $"/api/facilities/{Uri.EscapeDataString(facility)}/workload", "/api/matches",
        ];
        var clients = await Task.WhenAll(Enumerable.Range(0, Users).Select(i => SignInAsync(app.BaseUrl, i % 2 == 0 ? "viewer" : "reviewer")));

        // (and one user alone goes through them four times, the first to warm up, for the time a request takes without waiting)
        var alone = new List<(string Path, double Milliseconds, string? Error)>();
        foreach (var path in paths.Concat(paths).Concat(paths).Concat(paths))
        {
            alone.Add(await TimeAsync(clients[0], path));
        }

        alone.RemoveRange(0, paths.Length);

        // When they all go through the pages and the API at the same time, for four rounds or 10 s at most
        var samples = new System.Collections.Concurrent.ConcurrentBag<(string Path, double Milliseconds, string? Error)>();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(clients.Select((client, user) => Task.Run(async () =>
        {
            // Each user starts on a different page, so that all of them are asked for at once.
            var tour = paths.Skip(user % paths.Length).Concat(paths.Take(user % paths.Length)).ToList();
            for (var request = 0; request < RoundsPerUser * tour.Count && clock.Elapsed < MeasureAtMost; request++)
            {
                samples.Add(await TimeAsync(client, tour[request % tour.Count]));
            }
        })));
        var elapsed = clock.Elapsed;
        foreach (var client in clients)
        {
            client.Dispose();
        }

        // Then every request succeeded; the latencies are reported
        var report = Report(samples.ToList(), elapsed, alone);
        output.WriteLine(report);
        var file = Path.Combine(RepositoryPaths.Artifacts, "web", "load.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllTextAsync(file, report);
        var errors = samples.Concat(alone).Where(s => s.Error is not null).Select(s => $"{s.Path}: {s.Error}").ToList();
        Assert.True(errors.Count == 0, $"{errors.Count} erreur(s) / error(s): {string.Join("; ", errors.Distinct().Take(5))}");
        Assert.True(samples.Count >= Users, $"only {samples.Count} requests");
        Assert.All(paths, path => Assert.Contains(samples, s => s.Path == path));
    }

    private static async Task<HttpClient> SignInAsync(string baseUrl, string login)
    {
        var client = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, MaxConnectionsPerServer = 2 })
        {
            BaseAddress = new Uri(baseUrl),
            Timeout = TimeSpan.FromSeconds(30),
        };
        var response = await PasserelleFactory.PostLoginAsync(client, login, WebTestWarehouse.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    private static async Task<(string Path, double Milliseconds, string? Error)> TimeAsync(HttpClient client, string path)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            using var response = await client.GetAsync(path);
            var body = await response.Content.ReadAsByteArrayAsync();
            var error = response.StatusCode != HttpStatusCode.OK ? $"HTTP {(int)response.StatusCode}" : body.Length == 0 ? "réponse vide / empty body" : null;
            return (path, watch.Elapsed.TotalMilliseconds, error);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return (path, watch.Elapsed.TotalMilliseconds, e.GetType().Name + ": " + e.Message);
        }
    }

    private static string Report(List<(string Path, double Milliseconds, string? Error)> samples, TimeSpan elapsed, List<(string Path, double Milliseconds, string? Error)> alone)
    {
        static double Percentile(List<double> sorted, double q) => sorted.Count == 0 ? 0 : sorted[Math.Max(0, (int)Math.Ceiling(q * sorted.Count) - 1)];
        string Line(string label, IEnumerable<double> values)
        {
            var sorted = values.Order().ToList();
            return string.Create(CultureInfo.InvariantCulture,
                $"{label,-38} n={sorted.Count,5}  p50={Percentile(sorted, 0.50),7:0.0} ms  p95={Percentile(sorted, 0.95),7:0.0} ms  max={(sorted.Count == 0 ? 0 : sorted[^1]),7:0.0} ms");
        }

        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture,
                $"Charge web / web load — {Users} utilisateurs simultanés / concurrent users, Kestrel 127.0.0.1, {Environment.ProcessorCount} cœurs / cores"),
            string.Create(CultureInfo.InvariantCulture,
                $"{samples.Count} requêtes / requests en / in {elapsed.TotalSeconds:0.0} s ({samples.Count / elapsed.TotalSeconds:0} req/s), erreurs / errors: {samples.Count(s => s.Error is not null)}"),
            Line("un seul utilisateur / one user alone", alone.Select(s => s.Milliseconds)),
            Line("tout / all", samples.Select(s => s.Milliseconds)),
            Line("pages (HTML)", samples.Where(s => !s.Path.StartsWith("/api", StringComparison.Ordinal)).Select(s => s.Milliseconds)),
            Line("API (JSON)", samples.Where(s => s.Path.StartsWith("/api", StringComparison.Ordinal)).Select(s => s.Milliseconds)),
        };
        lines.AddRange(samples.GroupBy(s => s.Path.StartsWith("/facilities/", StringComparison.Ordinal) ? "/facilities/{id}"
                : s.Path.StartsWith("/api/facilities/", StringComparison.Ordinal) ? "/api/facilities/{id}/workload" : s.Path)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Line("  " + g.Key, g.Select(s => s.Milliseconds))));
        return string.Join(Environment.NewLine, lines) + Environment.NewLine;
    }
}
