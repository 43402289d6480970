using System.Net;
using System.Net.Http.Headers;
using Hl7.Fhir.Model;
using Microsoft.Extensions.Logging;

namespace Passerelle.Ihris.Fhir;

/// <summary>
/// GETs FHIR resources over the injected <see cref="HttpClient"/>, with a per-request timeout,
/// and turns every failure into an <see cref="IhrisSourceException"/> that names the URL.
/// </summary>
internal sealed partial class FhirHttpReader(HttpClient http, IhrisFhirOptions options, TimeProvider time, ILogger logger)
{
    /// <summary>The resource at <paramref name="url"/>; null when the server answers 404 or 410 (gone, expired).</summary>
    public async Task<Resource?> GetAsync(Uri url, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(options.RequestTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/fhir+json"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json", 0.9));
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token);
            LogResponse(logger, (int)response.StatusCode, url.AbsolutePath);
            if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Gone)
            {
                return null;
            }

            var body = await response.Content.ReadAsByteArrayAsync(linked.Token);
            var resource = FhirResourceParser.Parse(body);
            if (!response.IsSuccessStatusCode)
            {
                throw Failure(url, response.StatusCode, resource as OperationOutcome);
            }

            return resource ?? throw new IhrisSourceException(
                $"Réponse illisible (pas une ressource FHIR JSON) / unreadable answer (not a FHIR JSON resource): GET {url}");
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new IhrisSourceException(
                $"Délai dépassé ({options.RequestTimeout.TotalSeconds:0} s) / timed out: GET {url}", exception);
        }
        catch (HttpRequestException exception)
        {
            throw new IhrisSourceException(
                $"Serveur FHIR iHRIS injoignable / iHRIS FHIR server unreachable: GET {url} ({exception.Message})", exception);
        }
    }

    private static IhrisSourceException Failure(Uri url, HttpStatusCode status, OperationOutcome? outcome)
    {
        var diagnostics = outcome?.Issue
            .Select(issue => FhirValues.Text(issue.DiagnosticsElement) ?? issue.Details?.Text)
            .FirstOrDefault(text => !string.IsNullOrWhiteSpace(text));
        var detail = diagnostics is null ? string.Empty : $" — {Truncate(diagnostics, 200)}";
        var code = (int)status;
        return status switch
        {
            HttpStatusCode.Unauthorized => new IhrisSourceException(
                $"Accès refusé par iHRIS (401) : vérifiez l'accès, l'e-mail et PASSERELLE_IHRIS_PASSWORD / "
                + $"access denied by iHRIS (401): check access mode, email and PASSERELLE_IHRIS_PASSWORD: GET {url}{detail}"),
            HttpStatusCode.Forbidden => new IhrisSourceException(
                $"Droits insuffisants pour ce compte iHRIS (403) / this iHRIS account lacks read permission (403): GET {url}{detail}"),
            _ => new IhrisSourceException(
                $"Erreur du serveur FHIR iHRIS (HTTP {code}) / iHRIS FHIR server error (HTTP {code}): GET {url}{detail}"),
        };
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length] + "…";

    [LoggerMessage(Level = LogLevel.Debug, Message = "FHIR GET {Path} → HTTP {Status}")]
    private static partial void LogResponse(ILogger logger, int status, string path);
}
