namespace Passerelle.Dhis2.Configuration;

/// <summary>
/// How Passerelle reaches one DHIS2 server (configuration section <c>dhis2</c>).
/// Give either a user name with a password (or password file), or a personal access token (or token file).
/// </summary>
public sealed class Dhis2ClientOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "dhis2";

    /// <summary>Server root, without <c>/api</c>, e.g. <c>https://dhis2.sante.gouv.sn</c>. Required.</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>
    /// Call <c>/api/NN/…</c> instead of <c>/api/…</c> (e.g. 37 on 2.38–2.41 for the plain, unwrapped import answers of older
    /// versions, web-api.md §3). Default none: the server's current API.
    /// </summary>
    public int? ApiVersion { get; set; }

    /// <summary>User name for Basic authentication.</summary>
    public string? Username { get; set; }

    /// <summary>Password for Basic authentication (prefer <see cref="PasswordFile"/> or the environment).</summary>
    public string? Password { get; set; }

    /// <summary>File whose first line is the password.</summary>
    public string? PasswordFile { get; set; }

    /// <summary>Personal access token (<c>d2pat_…</c> or <c>d2p_…</c>), sent as <c>Authorization: ApiToken …</c>.</summary>
    public string? PersonalAccessToken { get; set; }

    /// <summary>File whose first line is the personal access token.</summary>
    public string? TokenFile { get; set; }

    /// <summary>Time allowed for one read attempt (GET). Default 30 s.</summary>
    public TimeSpan ReadTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Time allowed for one import (POST); imports are never retried. Default 10 min.</summary>
    public TimeSpan ImportTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How many times a failed read is retried (backoff with jitter). Default 3.</summary>
    public int ReadRetries { get; set; } = 3;

    /// <summary>Delay before the first read retry, doubled each time. Default 1 s.</summary>
    public TimeSpan ReadRetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Items per page on metadata lists. Default 500 (DHIS2's own default is 50).</summary>
    public int PageSize { get; set; } = 500;

    /// <summary>Data values per <c>POST /api/dataValueSets</c>. Default 5000.</summary>
    public int ChunkSize { get; set; } = 5000;

    /// <summary>
    /// Send imports with <c>async=true</c> and poll the job (for large imports behind proxies that cut long requests).
    /// A per-call <c>Async</c> option wins. Default false.
    /// </summary>
    public bool AsyncImports { get; set; }

    /// <summary>First wait before polling an asynchronous job again, doubled each time. Default 0.5 s.</summary>
    public TimeSpan AsyncPollInitialDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Longest wait between two polls of an asynchronous job. Default 15 s.</summary>
    public TimeSpan AsyncPollMaxDelay { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long an asynchronous job (import, analytics tables) may run before Passerelle gives up. Default 2 h.</summary>
    public TimeSpan AsyncJobTimeout { get; set; } = TimeSpan.FromHours(2);
}
