using System.Net;
using Passerelle.Core.Storage;

namespace Passerelle.Web.Tests.Security;

[Collection(WebCollection.Name)]
public sealed class SignInTests(WebTestWarehouse warehouse) : IAsyncLifetime
{
    private readonly PasserelleFactory _factory = new(warehouse.NewCopy());

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Login_FiveWrongPasswords_LocksTheAccountEvenForTheRightOne()
    {
        // Given an account and five wrong passwords in a row
        var client = _factory.NewClient();
        for (var i = 0; i < 5; i++)
        {
            var wrong = await PasserelleFactory.PostLoginAsync(client, "locky", "not-the-password-" + i);
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        // When the right password is given
        var response = await PasserelleFactory.PostLoginAsync(client, "locky", WebTestWarehouse.Password);

        // Then sign-in is refused as locked, and the lockout is audited
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("verrouillé", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var stored = await _factory.Warehouse.Users.FindAsync("locky", CancellationToken.None);
        Assert.NotNull(stored!.LockedUntil);
        Assert.NotEmpty(await _factory.Warehouse.Audit.ReadAsync(new AuditQuery(Action: "lockout", Actor: "locky"), CancellationToken.None));
    }

    [Fact]
    public async Task Login_RightPassword_SetsAnHttpOnlyStrictCookieAndAudits()
    {
        // Given the sign-in page
        var client = _factory.NewClient();

        // When an admin signs in
        var response = await PasserelleFactory.PostLoginAsync(client, "admin", WebTestWarehouse.Password);

        // Then the session cookie is HttpOnly and SameSite=Strict, and the sign-in is audited
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("passerelle.auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.NotEmpty(await _factory.Warehouse.Audit.ReadAsync(new AuditQuery(Action: "login", Actor: "admin"), CancellationToken.None));
    }

    [Fact]
    public async Task Login_WithoutAntiforgeryToken_IsRejected()
    {
        // Given a client that never loaded the form
        var client = _factory.NewClient();

        // When it posts credentials directly
        var response = await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["login"] = "admin",
            ["password"] = WebTestWarehouse.Password,
        }));

        // Then the request is refused
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task AnyPage_SecurityHeaders_ForbidInlineScriptsFramingAndSniffing()
    {
        // Given a signed-in admin
        var client = await _factory.SignedInAsync("admin");

        // When pages are fetched
        foreach (var page in new[] { "/login", "/", "/map", "/matches", "/users" })
        {
            var response = await client.GetAsync(page);
            var html = await response.Content.ReadAsStringAsync();

            // Then each carries the headers and has no inline script or style attribute
            var csp = response.Headers.GetValues("Content-Security-Policy").Single();
            Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
            Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
            Assert.DoesNotMatch("<script(?![^>]*\\bsrc=)[^>]*>", html);
            Assert.DoesNotContain(" style=\"", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task LoginPage_EnglishAsked_IsInEnglishAndStaysSo()
    {
        // Given a visitor
        var client = _factory.NewClient();

        // When the English switch is used, then another page is opened
        var english = await client.GetStringAsync("/login?lang=en");
        var next = await client.GetStringAsync("/login");
        var french = await _factory.NewClient().GetStringAsync("/login");

        // Then both are in English, while a new visitor gets French
        Assert.Contains("Sign in", english, StringComparison.Ordinal);
        Assert.Contains("Sign in", next, StringComparison.Ordinal);
        Assert.Contains("Connexion", french, StringComparison.Ordinal);
    }
}

/// <summary>Login rate limiting, on its own warehouse with a low limit.</summary>
[Collection(WebCollection.Name)]
public sealed class LoginRateLimitTests(WebTestWarehouse warehouse) : IAsyncLifetime
{
    private readonly PasserelleFactory _factory = new(warehouse.NewCopy(), loginAttemptsPerMinute: 3);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Login_MoreAttemptsThanAllowedPerMinute_Answers429()
    {
        // Given a limit of three requests a minute to the sign-in page
        var client = _factory.NewClient();
        var token = await PasserelleFactory.TokenAsync(client, "/login");

        // When two more attempts are made
        var second = await client.PostAsync("/login", Wrong(token));
        var third = await client.PostAsync("/login", Wrong(token));
        var fourth = await client.PostAsync("/login", Wrong(token));

        // Then the attempts beyond the limit are refused before the password is checked
        Assert.Equal(HttpStatusCode.Unauthorized, second.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, third.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, fourth.StatusCode);
    }

    private static FormUrlEncodedContent Wrong(string token) => new(new Dictionary<string, string>
    {
        ["login"] = "viewer",
        ["password"] = "wrong-password-here",
        ["__RequestVerificationToken"] = token,
    });
}
