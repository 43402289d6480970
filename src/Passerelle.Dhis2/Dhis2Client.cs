using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Passerelle.Dhis2.Analytics;
using Passerelle.Dhis2.Configuration;
using Passerelle.Dhis2.Http;
using Passerelle.Dhis2.Json;
using Passerelle.Dhis2.Model;
using Passerelle.Dhis2.Pull;
using Passerelle.Dhis2.Push;

namespace Passerelle.Dhis2;

/// <summary>
/// Typed client for one DHIS2 server (2.38–2.43), over an injected <see cref="HttpClient"/> that carries
/// authentication and read resilience (see <c>AddPasserelleDhis2</c>). Every failure is a <see cref="Dhis2Exception"/>.
/// </summary>
public sealed class Dhis2Client
{
    private const string OrganisationUnitFields =
        "id,code,name,shortName,displayName,level,path,parent[id],openingDate,closedDate,geometry,organisationUnitGroups[id],lastUpdated";

    private const string CategoryComboFields =
        "id,code,name,isDefault,dataDimensionType,categories[id],categoryOptionCombos[id,code,name,categoryCombo[id],categoryOptions[id]]";

    private const string DataSetFields =
        "id,code,name,shortName,periodType,categoryCombo[id],dataSetElements[dataElement[id],categoryCombo[id]],organisationUnits[id]";

    private readonly Dhis2Transport _transport;
    private readonly PagedCollectionReader _collections;
    private readonly DataValueSetReader _dataValues;
    private readonly AnalyticsReader _analytics;
    private readonly MetadataImporter _metadataImporter;
    private readonly DataValueImporter _dataValueImporter;
    private readonly AsyncJobPoller _jobs;

    /// <param name="timeProvider">Clock for the waits between polls of asynchronous jobs; default the system clock.</param>
    public Dhis2Client(HttpClient httpClient, IOptions<Dhis2ClientOptions> options, ILogger<Dhis2Client>? logger = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        var baseUrl = settings.BaseUrl ?? throw new ArgumentException(
            "dhis2:BaseUrl manquant / missing", nameof(options));
        _transport = new Dhis2Transport(httpClient, baseUrl, (ILogger?)logger ?? NullLogger.Instance, settings.ApiVersion);
        _collections = new PagedCollectionReader(_transport, settings.PageSize);
        _dataValues = new DataValueSetReader(_transport);
        _analytics = new AnalyticsReader(_transport);
        _jobs = new AsyncJobPoller(_transport,
            new AsyncPolling(settings.AsyncPollInitialDelay, settings.AsyncPollMaxDelay, settings.AsyncJobTimeout), timeProvider ?? TimeProvider.System);
        _metadataImporter = new MetadataImporter(_transport, _jobs, settings.AsyncImports);
        _dataValueImporter = new DataValueImporter(_transport, settings.ChunkSize, _jobs, settings.AsyncImports);
    }

    /// <summary><c>GET /api/system/info</c>.</summary>
    public async Task<Dhis2SystemInfo> GetSystemInfoAsync(CancellationToken cancellationToken = default)
    {
        var body = await _transport.GetJsonAsync<SystemInfoBody>("system/info", cancellationToken);
        if (!Dhis2Version.TryParse(body.Version, out var version))
        {
            throw Dhis2Transport.InvalidResponse(_transport.ApiUrl("system/info"),
                $"version illisible « {body.Version} » / unreadable version '{body.Version}'", null);
        }

        return new Dhis2SystemInfo(version!, body.Revision, body.SystemName, body.SystemId, body.ContextPath,
            body.ServerTimeZoneId, body.Calendar, body.LastAnalyticsTableSuccess, body.ServerDate);
    }

    /// <summary>Checks credentials and version: returns the system info, or throws when the version is not 2.38–2.43.</summary>
    public async Task<Dhis2SystemInfo> ConnectAsync(CancellationToken cancellationToken = default)
    {
        var info = await GetSystemInfoAsync(cancellationToken);
        if (!info.Version.IsSupported)
        {
            var url = _transport.ApiUrl("system/info");
            throw new Dhis2Exception(Dhis2ErrorKind.UnsupportedVersion, url,
                $"Version DHIS2 {info.Version} non prise en charge (2.{Dhis2Version.MinimumSupportedMinor} à 2.{Dhis2Version.MaximumSupportedMinor}) / "
                + $"DHIS2 version {info.Version} not supported (2.{Dhis2Version.MinimumSupportedMinor} to 2.{Dhis2Version.MaximumSupportedMinor}): {url}");
        }

        return info;
    }

    /// <summary>Any metadata collection, page by page (<c>GET /api/{collection}</c>).</summary>
    public IAsyncEnumerable<T> GetCollectionAsync<T>(string collection, Dhis2ListQuery query, string defaultFields,
        CancellationToken cancellationToken = default) =>
        _collections.ReadAsync<T>(collection, query, defaultFields, cancellationToken);

    /// <summary>Organisation units with level, path, parent, groups and geometry, page by page.</summary>
    public IAsyncEnumerable<Dhis2OrganisationUnit> GetOrganisationUnitsAsync(
        Dhis2ListQuery? query = null, CancellationToken cancellationToken = default) =>
        GetCollectionAsync<Dhis2OrganisationUnit>("organisationUnits", query ?? Dhis2ListQuery.All, OrganisationUnitFields, cancellationToken);

    /// <summary>
    /// An org unit and its whole subtree (<c>GET /api/organisationUnits/{id}?includeDescendants=true</c>), e.g. the scope
    /// of a region; narrow it with filters such as <c>level:in:[1,2,3]</c>.
    /// </summary>
    public IAsyncEnumerable<Dhis2OrganisationUnit> GetOrganisationUnitSubtreeAsync(
        string rootId, Dhis2ListQuery? query = null, CancellationToken cancellationToken = default)
    {
        if (!Uids.Dhis2Uid.IsValid(rootId))
        {
            throw new ArgumentException($"UID invalide « {rootId} » / invalid UID '{rootId}'", nameof(rootId));
        }

        return _collections.ReadAsync<Dhis2OrganisationUnit>($"organisationUnits/{rootId}", "organisationUnits",
            [new("includeDescendants", "true")], query ?? Dhis2ListQuery.All, OrganisationUnitFields, cancellationToken);
    }

    public async Task<IReadOnlyList<Dhis2OrganisationUnitLevel>> GetOrganisationUnitLevelsAsync(CancellationToken cancellationToken = default)
    {
        var levels = new List<Dhis2OrganisationUnitLevel>();
        await foreach (var level in GetCollectionAsync<Dhis2OrganisationUnitLevel>(
            "organisationUnitLevels", Dhis2ListQuery.All, "id,name,level,code", cancellationToken))
        {
            levels.Add(level);
        }

        return [.. levels.OrderBy(l => l.Level)];
    }

    public IAsyncEnumerable<Dhis2OrganisationUnitGroup> GetOrganisationUnitGroupsAsync(
        Dhis2ListQuery? query = null, CancellationToken cancellationToken = default) =>
        GetCollectionAsync<Dhis2OrganisationUnitGroup>("organisationUnitGroups", query ?? Dhis2ListQuery.All,
            "id,code,name,shortName,organisationUnits[id],groupSets[id]", cancellationToken);

    public IAsyncEnumerable<Dhis2DataElement> GetDataElementsAsync(
        Dhis2ListQuery? query = null, CancellationToken cancellationToken = default) =>
        GetCollectionAsync<Dhis2DataElement>("dataElements", query ?? Dhis2ListQuery.All,
            "id,code,name,shortName,valueType,aggregationType,domainType,categoryCombo[id],zeroIsSignificant", cancellationToken);

    public IAsyncEnumerable<Dhis2CategoryCombo> GetCategoryCombosAsync(
        Dhis2ListQuery? query = null, CancellationToken cancellationToken = default) =>
        GetCollectionAsync<Dhis2CategoryCombo>("categoryCombos", query ?? Dhis2ListQuery.All, CategoryComboFields, cancellationToken);

    public IAsyncEnumerable<Dhis2CategoryOptionCombo> GetCategoryOptionCombosAsync(
        Dhis2ListQuery? query = null, CancellationToken cancellationToken = default) =>
        GetCollectionAsync<Dhis2CategoryOptionCombo>("categoryOptionCombos", query ?? Dhis2ListQuery.All,
            "id,code,name,categoryCombo[id],categoryOptions[id]", cancellationToken);

    public IAsyncEnumerable<Dhis2DataSet> GetDataSetsAsync(
        Dhis2ListQuery? query = null, CancellationToken cancellationToken = default) =>
        GetCollectionAsync<Dhis2DataSet>("dataSets", query ?? Dhis2ListQuery.All, DataSetFields, cancellationToken);

    public IAsyncEnumerable<Dhis2Indicator> GetIndicatorsAsync(
        Dhis2ListQuery? query = null, CancellationToken cancellationToken = default) =>
        GetCollectionAsync<Dhis2Indicator>("indicators", query ?? Dhis2ListQuery.All,
            "id,code,name,shortName,numerator,denominator,annualized,indicatorType[id]", cancellationToken);

    public IAsyncEnumerable<Dhis2IndicatorType> GetIndicatorTypesAsync(
        Dhis2ListQuery? query = null, CancellationToken cancellationToken = default) =>
        GetCollectionAsync<Dhis2IndicatorType>("indicatorTypes", query ?? Dhis2ListQuery.All, "id,name,factor,number", cancellationToken);

    /// <summary>Data values from <c>GET /api/dataValueSets</c>, streamed as they arrive.</summary>
    public IAsyncEnumerable<Dhis2DataValue> GetDataValuesAsync(
        Dhis2DataValueQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return _dataValues.ReadAsync(query, cancellationToken);
    }

    /// <summary>Aggregates from <c>GET /api/analytics</c>.</summary>
    public Task<Dhis2AnalyticsResult> GetAnalyticsAsync(Dhis2AnalyticsQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return _analytics.ReadAsync(query, cancellationToken);
    }

    /// <summary><c>POST /api/metadata</c> (validate or commit). A report with errors is returned, not thrown.</summary>
    public Task<MetadataImportReport> ImportMetadataAsync(
        JsonNode payload, MetadataImportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(payload);
        ArgumentNullException.ThrowIfNull(options);
        return _metadataImporter.ImportAsync(payload, options, cancellationToken);
    }

    /// <summary><c>POST /api/metadata</c> of a package built by <see cref="Metadata.Dhis2MetadataPackageBuilder"/>.</summary>
    public Task<MetadataImportReport> ImportMetadataAsync(
        Metadata.Dhis2MetadataPackage package, MetadataImportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(options);
        return _metadataImporter.ImportAsync(package, options, cancellationToken);
    }

    /// <summary>Sends values in chunks of <c>ChunkSize</c>, one POST per chunk, yielding each chunk's result.</summary>
    public IAsyncEnumerable<DataValueImportResult> ImportDataValuesAsync(
        IAsyncEnumerable<Dhis2DataValue> values, DataValueImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        return _dataValueImporter.ImportAsync(values, options ?? new DataValueImportOptions(), cancellationToken);
    }

    /// <inheritdoc cref="ImportDataValuesAsync(IAsyncEnumerable{Dhis2DataValue}, DataValueImportOptions?, CancellationToken)"/>
    public IAsyncEnumerable<DataValueImportResult> ImportDataValuesAsync(
        IEnumerable<Dhis2DataValue> values, DataValueImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        return ImportDataValuesAsync(values.ToAsyncEnumerable(), options, cancellationToken);
    }

    /// <summary>Sends one chunk exactly as given (for a push ledger that chunks itself).</summary>
    public Task<DataValueImportResult> ImportDataValueChunkAsync(
        IReadOnlyList<Dhis2DataValue> chunk, DataValueImportOptions? options = null, int chunkIndex = 0, int firstValueIndex = 0,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        return _dataValueImporter.ImportChunkAsync(chunk, options ?? new DataValueImportOptions(), chunkIndex, firstValueIndex, cancellationToken);
    }

    /// <summary>The account Passerelle uses and its authorities (<c>GET /api/me</c>).</summary>
    public async Task<Dhis2CurrentUser> GetCurrentUserAsync(CancellationToken cancellationToken = default)
    {
        var body = await _transport.GetJsonAsync<MeBody>("me?fields=id,username,userCredentials[username],authorities", cancellationToken);
        return new Dhis2CurrentUser(body.Id ?? "", body.Username ?? body.UserCredentials?.Username ?? "", body.Authorities ?? []);
    }

    /// <summary>
    /// Checks, before anything is sent, that the account holds each authority DHIS2 will check; throws a
    /// <see cref="Dhis2Exception"/> (<see cref="Dhis2ErrorKind.Forbidden"/>) naming every missing one and what it is for.
    /// </summary>
    public async Task<Dhis2CurrentUser> EnsureAuthoritiesAsync(
        IEnumerable<Security.Dhis2RequiredAuthority> required, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(required);
        var user = await GetCurrentUserAsync(cancellationToken);
        var missing = required.Where(r => !r.AnyOf.Any(user.Has)).ToList();
        if (missing.Count > 0)
        {
            var url = _transport.ApiUrl("me");
            throw new Dhis2Exception(Dhis2ErrorKind.Forbidden, url,
                $"L'utilisateur DHIS2 « {user.Username} » n'a pas les autorités nécessaires : "
                + string.Join(", ", missing.Select(m => $"{m.Name} (pour {m.PurposeFrench})"))
                + $" / DHIS2 user '{user.Username}' lacks the authorities needed: "
                + string.Join(", ", missing.Select(m => $"{m.Name} (to {m.PurposeEnglish})"))
                + " — ajoutez-les à un de ses rôles / add them to one of its roles");
        }

        return user;
    }

    /// <summary><c>GET /api/metadata</c>: the export document (<c>system</c> header, then one array per type).</summary>
    public async Task<JsonObject> ExportMetadataAsync(Metadata.Dhis2MetadataExportQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var relative = query.ToRelativeUrl();
        var node = await _transport.GetJsonAsync<JsonNode>(relative, cancellationToken);
        return node as JsonObject ?? throw Dhis2Transport.InvalidResponse(_transport.ApiUrl(relative), "objet JSON attendu / JSON object expected", null);
    }

    /// <summary>
    /// What DHIS2 holds of a package's objects (same types, codes starting with <paramref name="codePrefix"/>),
    /// compared with the package.
    /// </summary>
    public async Task<Metadata.MetadataPackageDiff> DiffMetadataAsync(
        Metadata.Dhis2MetadataPackage package, string codePrefix = "PASS_", CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(package);
        var types = Metadata.MetadataPackageDiff.TypesOf(package);
        if (types.Count == 0)
        {
            return new Metadata.MetadataPackageDiff([]);
        }

        var exported = await ExportMetadataAsync(new Metadata.Dhis2MetadataExportQuery { Types = types, Filters = [$"code:$like:{codePrefix}"] }, cancellationToken);
        return Metadata.MetadataPackageDiff.Compare(package, exported, codePrefix);
    }

    /// <summary>
    /// Generates the analytics tables (<c>POST /api/resourceTables/analytics</c>, never retried) and waits for the job to
    /// complete: DHIS2's analytics read these tables, not the values just imported. Needs <c>F_PERFORM_MAINTENANCE</c>.
    /// </summary>
    /// <param name="lastYears">Only rebuild the last N years (much faster on a national server); null for all.</param>
    public async Task RefreshAnalyticsTablesAsync(int? lastYears = null, CancellationToken cancellationToken = default)
    {
        var relative = new QueryString()
            .Add("skipEvents", true)
            .Add("skipEnrollment", true)
            .Add("lastYears", lastYears?.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .AppendTo("resourceTables/analytics");
        var url = _transport.ApiUrl(relative);
        using var request = new HttpRequestMessage(HttpMethod.Post, url);
        using var response = await _transport.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        await _transport.EnsureSuccessAsync(url, response, cancellationToken);
        using var document = await MetadataImporter.TryParseAsync(response, cancellationToken);
        if (document is null || AsyncJobPoller.FindJob(document.RootElement) is not { } job)
        {
            throw Dhis2Transport.InvalidResponse(url, "pas de tâche dans la réponse / no job in the answer", null);
        }

        await _jobs.WaitAsync(job.JobType, job.Id, cancellationToken);
    }

    private sealed record MeBody(string? Id, string? Username, MeCredentials? UserCredentials, IReadOnlyList<string>? Authorities);

    private sealed record MeCredentials(string? Username);
}
