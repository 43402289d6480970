using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Passerelle.Dhis2.Json;
using Polly.Timeout;

namespace Passerelle.Dhis2.Http;

/// <summary>
/// Sends requests to one DHIS2 server and turns every transport failure or error answer into a
/// <see cref="Dhis2Exception"/> with a French and English message naming the URL.
/// </summary>
internal sealed partial class Dhis2Transport
{
    private const int MaxErrorBodyBytes = 64 * 1024;

    private readonly HttpClient _http;
    private readonly Uri _apiRoot;
    private readonly ILogger _logger;

    /// <param name="apiVersion">Explicit <c>/api/NN/</c> segment, or null for <c>/api/</c>.</param>
    public Dhis2Transport(HttpClient http, Uri baseUrl, ILogger logger, int? apiVersion = null)
    {
        _http = http;
        _logger = logger;
        var root = baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl.AbsoluteUri : baseUrl.AbsoluteUri + "/";
        _apiRoot = new Uri(new Uri(root), apiVersion is { } version ? $"api/{version.ToString(System.Globalization.CultureInfo.InvariantCulture)}/" : "api/");
    }

    public Uri ApiUrl(string relative) => new(_apiRoot, relative);

    /// <summary>Sends and returns any answer that is not a transport failure, redirect or 401.</summary>
    public async Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request, HttpCompletionOption completion, CancellationToken cancellationToken)
    {
        var url = request.RequestUri!;
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, completion, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e) when (e is TimeoutRejectedException or TaskCanceledException or TimeoutException)
        {
            LogFailure(_logger, request.Method.Method, url, "timeout");
            throw new Dhis2Exception(Dhis2ErrorKind.Timeout, url,
                $"Le serveur DHIS2 n'a pas répondu à temps / DHIS2 server did not answer in time: {url}", e);
        }
        catch (HttpRequestException e)
        {
            LogFailure(_logger, request.Method.Method, url, e.HttpRequestError.ToString());
            throw new Dhis2Exception(Dhis2ErrorKind.Unreachable, url,
                $"Serveur DHIS2 injoignable / DHIS2 server unreachable: {url} ({Describe(e.HttpRequestError)})", e);
        }

        if (IsRedirect(response.StatusCode))
        {
            using (response)
            {
                throw Redirected(url, response);
            }
        }

        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            using (response)
            {
                throw await ErrorAsync(url, response, cancellationToken);
            }
        }

        return response;
    }

    /// <summary>Throws a <see cref="Dhis2Exception"/> unless the answer is a success.</summary>
    public async Task EnsureSuccessAsync(Uri url, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw await ErrorAsync(url, response, cancellationToken);
        }
    }

    /// <summary>GET a JSON document and deserialize it.</summary>
    public async Task<T> GetJsonAsync<T>(string relative, CancellationToken cancellationToken)
    {
        var url = ApiUrl(relative);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        using var response = await SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        await EnsureSuccessAsync(url, response, cancellationToken);
        EnsureNotHtml(url, response);
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(body, Dhis2Json.Options, cancellationToken)
                ?? throw InvalidResponse(url, "corps vide / empty body", null);
        }
        catch (JsonException e)
        {
            throw InvalidResponse(url, JsonBodyProblem.Describe(e), e);
        }
        catch (HttpRequestException e)
        {
            throw new Dhis2Exception(Dhis2ErrorKind.Unreachable, url,
                $"Connexion coupée pendant la lecture de la réponse / connection dropped while reading the answer: {url}", e);
        }
    }

    /// <summary>Throws when a success answer is an HTML page: a proxy or a login page answering in DHIS2's place.</summary>
    public static void EnsureNotHtml(Uri url, HttpResponseMessage response)
    {
        if (JsonBodyProblem.IsHtml(response))
        {
            throw InvalidResponse(url, JsonBodyProblem.HtmlPage(response), null);
        }
    }

    public static Dhis2Exception InvalidResponse(Uri url, string detail, Exception? inner) =>
        new(Dhis2ErrorKind.InvalidResponse, url,
            $"Réponse DHIS2 inattendue / unexpected DHIS2 answer from {url}: {detail}", inner);

    /// <summary>Builds the exception for an error answer, using the WebMessage when the body holds one.</summary>
    public async Task<Dhis2Exception> ErrorAsync(Uri url, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var message = await TryReadWebMessageAsync(response, cancellationToken);
        var status = (int)response.StatusCode;
        LogFailure(_logger, response.RequestMessage?.Method.Method ?? "?", url, status.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var (kind, french, english) = Classify(response.StatusCode);
        var server = message?.Message is { Length: > 0 } m ? $" — DHIS2 : « {m} »" : string.Empty;
        var code = message?.ErrorCode is { Length: > 0 } c ? $" [{c}]" : string.Empty;
        return new Dhis2Exception(kind, url, $"{french} / {english} (HTTP {status}): {url}{server}{code}")
        {
            StatusCode = status,
            ErrorCode = message?.ErrorCode,
            ServerMessage = message?.Message,
        };
    }

    private static async Task<WebMessage?> TryReadWebMessageAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            if (bytes.Length is 0 or > MaxErrorBodyBytes)
            {
                return null;
            }

            return JsonSerializer.Deserialize<WebMessage>(bytes, Dhis2Json.Options);
        }
        catch (JsonException)
        {
            return null; // An HTML error page from a proxy, for example.
        }
    }

    private static (Dhis2ErrorKind Kind, string French, string English) Classify(HttpStatusCode status) => status switch
    {
        HttpStatusCode.Unauthorized => (Dhis2ErrorKind.Unauthorized,
            "Identifiants DHIS2 refusés (mot de passe, jeton expiré ou compte verrouillé)",
            "DHIS2 credentials rejected (password, expired token or locked account)"),
        HttpStatusCode.Forbidden => (Dhis2ErrorKind.Forbidden,
            "Droits insuffisants sur DHIS2", "insufficient DHIS2 permissions"),
        HttpStatusCode.NotFound => (Dhis2ErrorKind.NotFound, "Introuvable sur DHIS2", "not found on DHIS2"),
        HttpStatusCode.Conflict => (Dhis2ErrorKind.Conflict, "Requête refusée par DHIS2", "request refused by DHIS2"),
        >= HttpStatusCode.InternalServerError => (Dhis2ErrorKind.ServerError,
            "Erreur du serveur DHIS2", "DHIS2 server error"),
        _ => (Dhis2ErrorKind.BadRequest, "Requête invalide pour DHIS2", "request invalid for DHIS2"),
    };

    private static bool IsRedirect(HttpStatusCode status) => (int)status is >= 300 and < 400;

    private static Dhis2Exception Redirected(Uri url, HttpResponseMessage response)
    {
        var location = response.Headers.Location;
        var target = location is null ? "?" : location.IsAbsoluteUri ? location.AbsoluteUri : new Uri(url, location).AbsoluteUri;
        var status = (int)response.StatusCode;
        // DHIS2 sends a request without valid credentials to its login page (web-api.md §2.1); we never follow it.
        if (target.Contains("login", StringComparison.OrdinalIgnoreCase))
        {
            return new Dhis2Exception(Dhis2ErrorKind.Unauthorized, url,
                $"DHIS2 renvoie vers la page de connexion : identifiants absents ou refusés / DHIS2 redirects to its login page: "
                + $"credentials missing or rejected (HTTP {status}): {url} → {target}")
            { StatusCode = status };
        }

        return new Dhis2Exception(Dhis2ErrorKind.InvalidResponse, url,
            $"Redirection inattendue, vérifiez dhis2:BaseUrl (http/https, chemin) / unexpected redirect, check dhis2:BaseUrl "
            + $"(http/https, path) (HTTP {status}): {url} → {target}")
        { StatusCode = status };
    }

    private static string Describe(HttpRequestError error) => error switch
    {
        HttpRequestError.NameResolutionError => "nom d'hôte inconnu / unknown host name",
        HttpRequestError.ConnectionError => "connexion refusée ou impossible / connection refused or failed",
        HttpRequestError.SecureConnectionError => "échec TLS/certificat / TLS or certificate failure",
        HttpRequestError.ResponseEnded => "connexion coupée pendant la réponse / connection dropped during the answer",
        HttpRequestError.ProxyTunnelError => "échec du proxy / proxy failure",
        _ => "erreur réseau / network error",
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "DHIS2 {Method} {Url} failed: {Reason}")]
    private static partial void LogFailure(ILogger logger, string method, Uri url, string reason);
}
