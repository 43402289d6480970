using System.Runtime.CompilerServices;
using Hl7.Fhir.Model;
using Microsoft.Extensions.Logging;

namespace Passerelle.Ihris.Fhir;

/// <summary>
/// Runs a FHIR search page by page. The <c>next</c> link's query is re-issued against the configured
/// base, never its absolute host (ihris.md §2.1). When a HAPI <c>_getpages</c> link has expired (410,
/// or 404), the search starts again from the first page; the caller skips what it already took.
/// </summary>
internal sealed partial class FhirSearch(FhirHttpReader reader, IhrisFhirOptions options, ILogger logger)
{
    public async IAsyncEnumerable<Bundle> PagesAsync(
        string resourceType,
        string query,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var first = new Uri(options.BaseWithSlash, $"{resourceType}?{query}");
        for (var attempt = 0; ; attempt++)
        {
            var url = first;
            var pages = 0;
            var expired = false;
            while (url is not null)
            {
                var resource = await reader.GetAsync(url, cancellationToken);
                if (resource is null && url != first)
                {
                    expired = true;
                    break;
                }

                var bundle = resource as Bundle ?? throw new IhrisSourceException(
                    $"Réponse inattendue (Bundle attendu, reçu {resource?.TypeName ?? "404"}) / unexpected answer (Bundle expected, got {resource?.TypeName ?? "404"}): GET {url}");
                pages++;
                yield return bundle;
                url = NextPage(bundle, resourceType);
            }

            if (!expired)
            {
                LogSearchDone(logger, resourceType, pages);
                yield break;
            }

            if (attempt >= options.MaxSearchRestarts)
            {
                throw new IhrisSourceException(
                    $"Le lien de pagination a expiré {attempt + 1} fois de suite / the paging link expired {attempt + 1} times in a row: GET {first}");
            }

            LogPagingExpired(logger, resourceType, pages);
        }
    }

    /// <summary>Where the next page is, on our base: HAPI <c>_getpages</c> links go to the server base (direct) or the resource path (backend).</summary>
    internal Uri? NextPage(Bundle bundle, string resourceType)
    {
        var next = bundle.Link.FirstOrDefault(link => string.Equals(link.Relation, "next", StringComparison.OrdinalIgnoreCase));
        if (next?.Url is not { Length: > 0 } href)
        {
            return null;
        }

        var queryStart = href.IndexOf('?', StringComparison.Ordinal);
        if (queryStart < 0)
        {
            return null;
        }

        var query = href[(queryStart + 1)..];
        var isHapiPage = query.Contains("_getpages=", StringComparison.Ordinal);
        var relative = isHapiPage && options.Access == IhrisFhirAccess.DirectHapi
            ? $"?{query}"
            : $"{resourceType}?{query}";
        return isHapiPage && options.Access == IhrisFhirAccess.DirectHapi
            ? new Uri(options.BaseUrl.AbsoluteUri.TrimEnd('/') + relative)
            : new Uri(options.BaseWithSlash, relative);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Recherche FHIR {ResourceType} terminée / FHIR search done: {Pages} pages")]
    private static partial void LogSearchDone(ILogger logger, string resourceType, int pages);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lien de pagination expiré, la recherche {ResourceType} reprend au début (après {Pages} pages) / paging link expired, search restarts from the start")]
    private static partial void LogPagingExpired(ILogger logger, string resourceType, int pages);
}
