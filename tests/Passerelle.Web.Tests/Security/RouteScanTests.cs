using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Passerelle.Web.Tests.Security;

/// <summary>Every endpoint the app maps, tried without signing in and with each role.</summary>
[Collection(WebCollection.Name)]
public sealed partial class RouteScanTests(WebTestWarehouse warehouse) : IAsyncLifetime
{
    /// <summary>The only endpoints reachable without an account.</summary>
    private static readonly HashSet<string> Anonymous = ["/login", "/error"];

    private readonly PasserelleFactory _factory = new(warehouse.NewCopy());

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task EveryEndpoint_WithoutSignIn_RedirectsToLoginOrAnswers401()
    {
        // Given every endpoint but the sign-in page
        var client = _factory.NewClient();
        var routes = Routes().Where(r => !Anonymous.Contains(r.Path)).ToList();
        Assert.True(routes.Count >= 25, $"only {routes.Count} routes found");

        // When each is called anonymously
        var failures = new List<string>();
        foreach (var (method, path) in routes)
        {
            var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
            var toLogin = response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/login", StringComparison.Ordinal);
            if (!toLogin && response.StatusCode != HttpStatusCode.Unauthorized)
            {
                failures.Add($"{method} {path} → {(int)response.StatusCode}");
            }
        }

        // Then none answers with data
        Assert.Empty(failures);
    }

    [Fact]
    public void EveryEndpoint_AllowingAnonymous_IsOnlyTheSignInPage()
    {
        // Given the endpoints that carry AllowAnonymous
        var open = Endpoints().Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null).Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/')).ToHashSet();

        // Then only the sign-in and error pages are open
        Assert.Subset(Anonymous, open);
    }

    [Theory]
    [InlineData("viewer")]
    [InlineData("reviewer")]
    [InlineData("admin")]
    public async Task EveryStateChangingEndpoint_ForRole_IsForbiddenUnlessTheRoleMayDoIt(string login)
    {
        // Given a signed-in user and every POST endpoint but sign-in and sign-out
        var client = await _factory.SignedInAsync(login);
        var token = await PasserelleFactory.TokenAsync(client, "/");
        var posts = Routes().Where(r => r.Method == "POST" && !Anonymous.Contains(r.Path) && r.Path != "/actions/logout").ToList();
        Assert.NotEmpty(posts);

        // When each is posted with a valid antiforgery token but no other field
        var statuses = new Dictionary<string, HttpStatusCode>();
        foreach (var (_, path) in posts)
        {
            var response = await client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
            statuses[path] = response.StatusCode;
        }

        // Then a viewer is refused everywhere, a reviewer only on user management, an admin nowhere
        foreach (var (path, status) in statuses)
        {
            var allowed = login == "admin" || (login == "reviewer" && !path.StartsWith("/actions/users", StringComparison.Ordinal));
            Assert.True(allowed ? status != HttpStatusCode.Forbidden : status == HttpStatusCode.Forbidden, $"{login} POST {path} → {(int)status}");
        }
    }

    [Theory]
    [InlineData("viewer")]
    [InlineData("reviewer")]
    [InlineData("admin")]
    public async Task EveryReadEndpoint_ForRole_AnswersWithoutServerError(string login)
    {
        // Given a signed-in user
        var client = await _factory.SignedInAsync(login);

        // When every GET endpoint is called
        var failures = new List<string>();
        foreach (var (_, path) in Routes().Where(r => r.Method == "GET"))
        {
            var response = await client.GetAsync(path);
            var adminOnly = path is "/users" or "/api/users";
            var expected = adminOnly && login != "admin"
                ? response.StatusCode == HttpStatusCode.Forbidden
                : response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound;
            if (!expected)
            {
                failures.Add($"GET {path} → {(int)response.StatusCode}");
            }
        }

        // Then each answers as the role allows, and none fails
        Assert.Empty(failures);
    }

    private List<RouteEndpoint> Endpoints() =>
        _factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();

    /// <summary>Each endpoint as (method, concrete path), route parameters filled with plausible values.</summary>
    private List<(string Method, string Path)> Routes()
    {
        var routes = new List<(string, string)>();
        foreach (var endpoint in Endpoints())
        {
            var path = "/" + Parameter().Replace(endpoint.RoutePattern.RawText!.TrimStart('/'), m => m.Groups[1].Value switch
            {
                "source" => "Dhis2",
                "level" => "Region",
                "documentName" => "v1",
                _ => "x",
            });
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            routes.AddRange(methods.Select(m => (m, path == "/" ? "/" : path.TrimEnd('/'))));
        }

        return routes.Distinct().ToList();
    }

    [GeneratedRegex(@"\{\**([a-zA-Z]+)[^}]*\}")]
    private static partial Regex Parameter();
}
