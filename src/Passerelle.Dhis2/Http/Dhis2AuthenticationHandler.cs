using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;
using Passerelle.Dhis2.Configuration;

namespace Passerelle.Dhis2.Http;

/// <summary>
/// Adds <c>Authorization: Basic …</c> or <c>Authorization: ApiToken …</c> to every DHIS2 request.
/// Secrets are read once (from the options or their files) and never logged.
/// </summary>
internal sealed class Dhis2AuthenticationHandler : DelegatingHandler
{
    private readonly Lazy<AuthenticationHeaderValue> _header;

    public Dhis2AuthenticationHandler(IOptions<Dhis2ClientOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _header = new Lazy<AuthenticationHeaderValue>(() => CreateHeader(options.Value));
    }

    internal static AuthenticationHeaderValue CreateHeader(Dhis2ClientOptions options)
    {
        var token = FirstNonEmpty(options.PersonalAccessToken, ReadSecretFile(options.TokenFile, nameof(options.TokenFile)));
        if (token is not null)
        {
            return new AuthenticationHeaderValue("ApiToken", token);
        }

        var password = FirstNonEmpty(options.Password, ReadSecretFile(options.PasswordFile, nameof(options.PasswordFile)))
            ?? throw new InvalidOperationException(
                "dhis2:Password manquant / missing: give Password, PasswordFile or PersonalAccessToken");
        var pair = Encoding.UTF8.GetBytes($"{options.Username}:{password}");
        return new AuthenticationHeaderValue("Basic", Convert.ToBase64String(pair));
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = _header.Value;
        return base.SendAsync(request, cancellationToken);
    }

    private static string? FirstNonEmpty(string? first, string? second) =>
        !string.IsNullOrWhiteSpace(first) ? first.Trim() : !string.IsNullOrWhiteSpace(second) ? second.Trim() : null;

    private static string? ReadSecretFile(string? path, string key)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return null;
        }

        try
        {
            // First line only, so a trailing newline written by `echo` is not part of the secret.
            using var reader = new StreamReader(path);
            return reader.ReadLine();
        }
        catch (IOException e)
        {
            throw new InvalidOperationException(
                $"dhis2:{key} : lecture impossible de « {path} » / cannot read '{path}': {e.Message}", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new InvalidOperationException(
                $"dhis2:{key} : accès refusé à « {path} » / access denied to '{path}'", e);
        }
    }
}
