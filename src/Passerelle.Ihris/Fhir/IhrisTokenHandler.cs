using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization;

namespace Passerelle.Ihris.Fhir;

/// <summary>
/// Logs in to the iHRIS backend (<c>POST {ihris}/auth/token</c> with e-mail and password, ihris.md
/// §2.1) and sends the token as <c>Authorization: Bearer</c>. When the token expires (401), it logs in
/// again once and repeats the request; only GETs pass through here, so repeating is safe.
/// </summary>
public sealed class IhrisTokenHandler(IhrisFhirOptions options) : DelegatingHandler
{
    private readonly SemaphoreSlim _login = new(1, 1);
    private string? _token;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = _token ?? await LoginAsync(null, cancellationToken);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Unauthorized || request.Method != HttpMethod.Get)
        {
            return response;
        }

        response.Dispose();
        var fresh = await LoginAsync(token, cancellationToken);
        using var retry = new HttpRequestMessage(HttpMethod.Get, request.RequestUri);
        foreach (var header in request.Headers.Where(h => h.Key != "Authorization"))
        {
            retry.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        retry.Headers.Authorization = new AuthenticationHeaderValue("Bearer", fresh);
        return await base.SendAsync(retry, cancellationToken);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _login.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>A token newer than <paramref name="stale"/>: another request may already have logged in again.</summary>
    private async Task<string> LoginAsync(string? stale, CancellationToken cancellationToken)
    {
        await _login.WaitAsync(cancellationToken);
        try
        {
            if (_token is not null && _token != stale)
            {
                return _token;
            }

            var url = options.EffectiveTokenUrl;
            using var response = await PostLoginAsync(url, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new IhrisSourceException(
                    $"Connexion à iHRIS refusée (HTTP {(int)response.StatusCode}) : vérifiez ihris.fhir.email et PASSERELLE_IHRIS_PASSWORD / "
                    + $"iHRIS login refused (HTTP {(int)response.StatusCode}): check ihris.fhir.email and PASSERELLE_IHRIS_PASSWORD: POST {url}");
            }

            var body = await response.Content.ReadFromJsonAsync<LoginResponse>(cancellationToken);
            _token = body?.AccessToken is { Length: > 0 } token
                ? token
                : throw new IhrisSourceException($"Réponse de connexion sans access_token / login answer without access_token: POST {url}");
            return _token;
        }
        finally
        {
            _login.Release();
        }
    }

    /// <summary>
    /// Sends the login; repeats it once only when the connection failed before any answer (the server
    /// cannot have seen it twice). An answer, even an error, is never retried.
    /// </summary>
    private async Task<HttpResponseMessage> PostLoginAsync(Uri url, CancellationToken cancellationToken)
    {
        try
        {
            using var first = LoginMessage(url);
            return await base.SendAsync(first, cancellationToken);
        }
        catch (HttpRequestException) when (!cancellationToken.IsCancellationRequested)
        {
            using var second = LoginMessage(url);
            try
            {
                return await base.SendAsync(second, cancellationToken);
            }
            catch (HttpRequestException exception)
            {
                throw new IhrisSourceException(
                    $"Connexion à iHRIS impossible, serveur injoignable / iHRIS login failed, server unreachable: POST {url} ({exception.Message})", exception);
            }
        }
    }

    private HttpRequestMessage LoginMessage(Uri url) => new(HttpMethod.Post, url)
    {
        Content = JsonContent.Create(new LoginRequest(options.Email ?? string.Empty, options.Password ?? string.Empty)),
    };

    private sealed record LoginRequest([property: JsonPropertyName("email")] string Email, [property: JsonPropertyName("password")] string Password);

    private sealed record LoginResponse([property: JsonPropertyName("access_token")] string? AccessToken);
}
