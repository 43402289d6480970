using System.Net;
using System.Net.Http.Headers;
using Hl7.Fhir.Model;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace Passerelle.Ihris.Fhir;

/// <summary>
/// GETs FHIR resources over the injected <see cref="HttpClient"/>, with a timeout per attempt and
/// retries (exponential backoff with jitter) after server errors, timeouts and dropped connections —
/// safe because every call here is a GET. Every failure that remains becomes an
/// <see cref="IhrisSourceException"/> that names the URL.
/// </summary>
internal sealed partial class FhirHttpReader
{
    private readonly HttpClient _http;
    private readonly IhrisFhirOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly ResiliencePipeline _retry;

    public FhirHttpReader(HttpClient http, IhrisFhirOptions options, TimeProvider time, ILogger logger)
    {
        _http = http;
        _options = options;
        _time = time;
        _logger = logger;
        _retry = options.MaxRetries == 0
            ? ResiliencePipeline.Empty
            : new ResiliencePipelineBuilder { TimeProvider = time }
                .AddRetry(new RetryStrategyOptions
                {
                    ShouldHandle = new PredicateBuilder().Handle<TransientFhirFailure>(),
                    MaxRetryAttempts = options.MaxRetries,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = options.RetryBaseDelay,
                    MaxDelay = options.RetryMaxDelay,
                    OnRetry = args =>
                    {
                        LogRetry(logger, args.AttemptNumber + 1, args.RetryDelay.TotalMilliseconds, args.Outcome.Exception?.Message ?? string.Empty);
                        return ValueTask.CompletedTask;
                    },
                })
                .Build();
    }

    /// <summary>The resource at <paramref name="url"/>; null when the server answers 404 or 410 (gone, expired).</summary>
    public async Task<Resource?> GetAsync(Uri url, CancellationToken cancellationToken)
    {
        try
        {
            return await _retry.ExecuteAsync(async ct => await AttemptAsync(url, ct), cancellationToken);
        }
        catch (TransientFhirFailure failure)
        {
            throw failure.Error;
        }
    }

    private async Task<Resource?> AttemptAsync(Uri url, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(_options.RequestTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/fhir+json"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json", 0.9));
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token);
            LogResponse(_logger, (int)response.StatusCode, url.AbsolutePath);
            if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Gone)
            {
                return null;
            }

            var body = await response.Content.ReadAsByteArrayAsync(linked.Token);
            if (!response.IsSuccessStatusCode)
            {
                var error = Failure(url, response.StatusCode, OutcomeIn(body));
                throw IsTransient(response.StatusCode) ? new TransientFhirFailure(error) : error;
            }

            return FhirFieldReader.Read(body);
        }
        catch (FhirShapeException exception)
        {
            throw new IhrisSourceException(
                $"Réponse illisible / unreadable answer: {exception.Message}: GET {url}", exception);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TransientFhirFailure(new IhrisSourceException(
                $"Délai dépassé ({_options.RequestTimeout.TotalSeconds:0} s) / timed out: GET {url}", exception));
        }
        catch (HttpRequestException exception)
        {
            throw new TransientFhirFailure(new IhrisSourceException(
                $"Serveur FHIR iHRIS injoignable / iHRIS FHIR server unreachable: GET {url} ({exception.Message})", exception));
        }
    }

    /// <summary>The OperationOutcome an error answer carries, if its body is one.</summary>
    private static OperationOutcome? OutcomeIn(byte[] body)
    {
        try
        {
            return FhirFieldReader.Read(body) as OperationOutcome;
        }
        catch (FhirShapeException)
        {
            return null;
        }
    }

    /// <summary>Worth another try: the server or the way to it had a bad moment.</summary>
    private static bool IsTransient(HttpStatusCode status) =>
        (int)status >= 500 || status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;

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

    [LoggerMessage(Level = LogLevel.Warning, Message = "FHIR GET : nouvel essai / retry {Attempt} dans / in {DelayMs} ms ({Reason})")]
    private static partial void LogRetry(ILogger logger, int attempt, double delayMs, string reason);

    /// <summary>A failure another attempt may cure; carries the error to report when none does.</summary>
    private sealed class TransientFhirFailure(IhrisSourceException error) : Exception(error.Message, error)
    {
        public IhrisSourceException Error { get; } = error;
    }
}
