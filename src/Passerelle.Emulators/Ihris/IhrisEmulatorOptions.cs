using Microsoft.AspNetCore.Builder;

namespace Passerelle.Emulators.Ihris;

/// <summary>How the iHRIS 5 FHIR emulator behaves. Defaults follow HAPI's defaults as iHRIS ships them
/// (reference/ihris/ihris.md §2.1).</summary>
public sealed class IhrisEmulatorOptions
{
    /// <summary>Clock for <c>meta.lastUpdated</c>, paging-link expiry and token expiry.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Loopback port to listen on; 0 picks a free one.</summary>
    public int Port { get; set; }

    /// <summary>Path of the FHIR base (iHRIS backend and Docker HAPI: <c>/fhir</c>; ansible HAPI: <c>/hapi/fhir</c>).</summary>
    public string BasePath { get; set; } = "/fhir";

    /// <summary>Page size when the client sends no <c>_count</c> (HAPI <c>default_page_size</c>: 20).</summary>
    public int DefaultPageSize { get; set; } = 20;

    /// <summary>Largest page served; larger <c>_count</c> values are reduced to it (HAPI <c>max_page_size</c>: 200).</summary>
    public int MaxPageSize { get; set; } = 200;

    /// <summary>How long a <c>_getpages</c> id stays valid after the search is created (HAPI
    /// <c>retain_cached_searches_mins</c>: 60). After that, the paging link answers 410 Gone.</summary>
    public TimeSpan SearchExpiry { get; set; } = TimeSpan.FromMinutes(60);

    /// <summary>
    /// HAPI's <c>reuse_cached_search_results_millis</c> (60 s as iHRIS ships it): the same search
    /// repeated within this window is answered from the cached results, changes made meanwhile unseen,
    /// unless the request sends <c>Cache-Control: no-cache</c>. Zero (the default here) turns it off.
    /// </summary>
    public TimeSpan ReuseCachedSearchResults { get; set; } = TimeSpan.Zero;

    /// <summary>
    /// Emulate the iHRIS backend instead of direct HAPI: <c>/fhir</c> requires a Bearer token from
    /// <c>POST /auth/token</c> (401 OperationOutcome without one).
    /// </summary>
    public bool RequireToken { get; set; }

    /// <summary>
    /// With <see cref="RequireToken"/>: answer HAPI errors (404, 410, 400) as the iHRIS backend does,
    /// a 500 OperationOutcome "Request failed with status code N" (iHRIS5 <c>ihris-backend/routes/fhir.js</c>
    /// catches every HAPI error). Off: pass HAPI's status through.
    /// </summary>
    public bool WrapErrorsLikeBackend { get; set; } = true;

    /// <summary>
    /// The FHIR base HAPI writes into <c>fullUrl</c> and paging links. Null: the emulator's own base,
    /// except with <see cref="RequireToken"/>, where the iHRIS backend passes HAPI's Bundles through
    /// unchanged and the links name HAPI's internal base (ihris.md §2.1), so null then means
    /// <see cref="InternalHapiBaseUrl"/>. Connectors must re-issue the link's query against their own base.
    /// </summary>
    public string? AdvertisedBaseUrl { get; set; }

    /// <summary>HAPI's address behind the iHRIS backend (ansible default, ihris.md §2.1).</summary>
    public const string InternalHapiBaseUrl = "http://localhost:8080/hapi/fhir";

    /// <summary>Login the token endpoint accepts (iHRIS's default admin account).</summary>
    public string TokenEmail { get; set; } = "admin@ihris.org";

    /// <summary>Password the token endpoint accepts.</summary>
    public string TokenPassword { get; set; } = "ihris";

    /// <summary>HS256 signing secret (iHRIS <c>auth:secret</c>).</summary>
    public string TokenSecret { get; set; } = "passerelle-emulator-secret";

    /// <summary>Token lifetime (iHRIS <c>auth:tokenDuration</c>, example 5400 s).</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromSeconds(5400);

    /// <summary>Which real-data quirks the served resources carry.</summary>
    public IhrisQuirks Quirks { get; set; } = IhrisQuirks.All;

    /// <summary>Hook to add middleware (e.g. fault injection) before the FHIR endpoints.</summary>
    public Action<IApplicationBuilder>? ConfigurePipeline { get; set; }

    /// <summary>Fails with the option's name and the fix when a value cannot work.</summary>
    public void Validate()
    {
        if (Port is < 0 or > 65535)
        {
            throw new ArgumentException($"IhrisEmulatorOptions.Port = {Port} : port invalide / invalid port (0–65535, 0 = libre / free).");
        }

        if (!BasePath.StartsWith('/') || BasePath.EndsWith('/'))
        {
            throw new ArgumentException($"IhrisEmulatorOptions.BasePath = '{BasePath}' : doit commencer par '/' sans '/' final / must start with '/' and not end with '/' (e.g. /fhir).");
        }

        if (DefaultPageSize < 1 || MaxPageSize < DefaultPageSize)
        {
            throw new ArgumentException($"IhrisEmulatorOptions.DefaultPageSize = {DefaultPageSize}, MaxPageSize = {MaxPageSize} : il faut 1 ≤ DefaultPageSize ≤ MaxPageSize / need 1 ≤ DefaultPageSize ≤ MaxPageSize.");
        }

        if (SearchExpiry <= TimeSpan.Zero || TokenLifetime <= TimeSpan.Zero || ReuseCachedSearchResults < TimeSpan.Zero)
        {
            throw new ArgumentException("IhrisEmulatorOptions.SearchExpiry, TokenLifetime (> 0) et ReuseCachedSearchResults (≥ 0) / must be positive (ReuseCachedSearchResults may be 0).");
        }
    }
}
