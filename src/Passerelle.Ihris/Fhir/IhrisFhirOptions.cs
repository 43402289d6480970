using Passerelle.Core.Workforce;

namespace Passerelle.Ihris.Fhir;

/// <summary>Settings of the iHRIS 5 FHIR reader. Defaults follow reference/ihris/ihris.md §2.</summary>
public sealed class IhrisFhirOptions
{
    /// <summary>FHIR base URL: HAPI's (<c>…/fhir</c> or <c>…/hapi/fhir</c>) or the backend's <c>{ihris}/fhir</c>.</summary>
    public Uri BaseUrl { get; set; } = new("http://localhost:8080/fhir/");

    public IhrisFhirAccess Access { get; set; } = IhrisFhirAccess.DirectHapi;

    /// <summary>Backend login URL; default <c>auth/token</c> beside the <c>fhir</c> segment of <see cref="BaseUrl"/>.</summary>
    public Uri? TokenUrl { get; set; }

    /// <summary>Backend account (an integration user not restricted to a location).</summary>
    public string? Email { get; set; }

    /// <summary>Backend password; take it from <c>PASSERELLE_IHRIS_PASSWORD</c>, never from the config file.</summary>
    public string? Password { get; set; }

    /// <summary>Resources per page (<c>_count</c>); HAPI caps it at 200.</summary>
    public int PageSize { get; set; } = 200;

    /// <summary>Longest wait for one HTTP answer.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>
    /// Retries of one GET after a server error (5xx, 408, 429), a timeout or a dropped connection, with
    /// exponential backoff and jitter; 0 for none. Login (<c>POST /auth/token</c>) is never retried this way.
    /// </summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>Delay before the first retry; later ones double it (with jitter), up to <see cref="RetryMaxDelay"/>.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Longest wait between two attempts.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How many times a search restarts from the start after its paging link expired (HTTP 410).</summary>
    public int MaxSearchRestarts { get; set; } = 3;

    /// <summary>Overlap subtracted from the watermark, so a change written while the last read ran is not missed.</summary>
    public TimeSpan WatermarkOverlap { get; set; } = TimeSpan.FromSeconds(5);

    public string JobCodeSystemUrl { get; set; } = "http://ihris.org/fhir/CodeSystem/ihris-job";

    public string CadreCodeSystemUrl { get; set; } = "http://ihris.org/fhir/CodeSystem/ihris-cadre";

    /// <summary>Jurisdiction type codes naming a region.</summary>
    public IList<string> RegionLevelCodes { get; } = ["region"];

    /// <summary>Jurisdiction type codes naming a (health) district.</summary>
    public IList<string> DistrictLevelCodes { get; } = ["district"];

    /// <summary>Extra Location type codes that mark a facility, beyond mCSD's and <c>physicalType=bu</c>.</summary>
    public IList<string> FacilityTypeCodes { get; } = [];

    /// <summary>iHRIS facility type code → Passerelle facility type code (<c>PS</c>, <c>CS1</c>, <c>EPS2</c>…).</summary>
    public IDictionary<string, string> FacilityTypeMap { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Employment status code (extension <c>ihris-practitionerrole-employment-status</c>) → status.</summary>
    public IDictionary<string, EmploymentStatus> EmploymentStatusMap { get; } =
        new Dictionary<string, EmploymentStatus>(StringComparer.OrdinalIgnoreCase)
        {
            ["contract"] = EmploymentStatus.Contract,
            ["volunteer"] = EmploymentStatus.Volunteer,
            ["civilServant"] = EmploymentStatus.CivilServant,
            ["fonctionnaire"] = EmploymentStatus.CivilServant,
            ["permanent"] = EmploymentStatus.CivilServant,
            ["local"] = EmploymentStatus.Local,
            ["fullTime"] = EmploymentStatus.Other,
            ["partTime"] = EmploymentStatus.Other,
        };

    /// <summary>The problems of these settings, French first; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (!BaseUrl.IsAbsoluteUri || (BaseUrl.Scheme != Uri.UriSchemeHttp && BaseUrl.Scheme != Uri.UriSchemeHttps))
        {
            errors.Add($"ihris.fhir.baseUrl doit être une URL http(s) absolue / must be an absolute http(s) URL: {BaseUrl}");
        }

        if (PageSize is < 1 or > 1000)
        {
            errors.Add($"ihris.fhir.pageSize doit être entre 1 et 1000 / must be between 1 and 1000: {PageSize}");
        }

        if (MaxRetries is < 0 or > 10)
        {
            errors.Add($"ihris.fhir.maxRetries doit être entre 0 et 10 / must be between 0 and 10: {MaxRetries}");
        }

        if (RequestTimeout <= TimeSpan.Zero)
        {
            errors.Add("ihris.fhir.requestTimeout doit être positif / must be positive");
        }

        if (Access == IhrisFhirAccess.Backend && (string.IsNullOrWhiteSpace(Email) || string.IsNullOrEmpty(Password)))
        {
            errors.Add("ihris.fhir.email et PASSERELLE_IHRIS_PASSWORD sont requis pour l'accès par le backend iHRIS / "
                + "email and PASSERELLE_IHRIS_PASSWORD are required for access through the iHRIS backend");
        }

        return errors;
    }

    internal Uri EffectiveTokenUrl => TokenUrl ?? new Uri(BaseWithSlash, "../auth/token");

    internal Uri BaseWithSlash => BaseUrl.AbsoluteUri.EndsWith('/') ? BaseUrl : new Uri(BaseUrl.AbsoluteUri + "/");
}
