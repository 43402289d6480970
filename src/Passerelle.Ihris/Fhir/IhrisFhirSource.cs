using System.Runtime.CompilerServices;
using Hl7.Fhir.Model;
using Microsoft.Extensions.Logging;
using Passerelle.Core.Facilities;
using Passerelle.Core.Privacy;
using Passerelle.Core.Workforce;
using Passerelle.Ihris.Findings;

namespace Passerelle.Ihris.Fhir;

/// <summary>
/// Reads iHRIS 5 over FHIR R4 (HAPI directly or through the iHRIS backend). Raw HTTP on the
/// injected <see cref="HttpClient"/> with a field reader over Firely's model, rather than <c>FhirClient</c>:
/// paging must re-issue HAPI's <c>next</c> query against our own base (never the host in the link),
/// restart cleanly on an expired <c>_getpages</c> id, and tolerate invalid FHIR that the client's
/// strict round trip rejects.
/// </summary>
public sealed partial class IhrisFhirSource : IIncrementalWorkforceSource
{
    private const string PractitionerElements = "id,meta,gender,birthDate,active";

    private readonly IhrisFhirOptions _options;
    private readonly Pseudonymizer _pseudonymizer;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly FhirHttpReader _reader;
    private readonly FhirSearch _search;
    private readonly Dictionary<string, PractitionerTraits> _practitioners = new(StringComparer.Ordinal);
    private LocationTree? _locations;
    private JobCatalog? _jobs;

    /// <param name="http">Client for the FHIR server; for backend access, put an <see cref="IhrisTokenHandler"/> in its pipeline.</param>
    public IhrisFhirSource(HttpClient http, IhrisFhirOptions options, Pseudonymizer pseudonymizer, TimeProvider time, ILogger<IhrisFhirSource> logger)
    {
        var errors = options.Validate();
        if (errors.Count > 0)
        {
            throw new IhrisSourceException(string.Join(Environment.NewLine, errors));
        }

        _options = options;
        _pseudonymizer = pseudonymizer;
        _time = time;
        _logger = logger;
        _reader = new FhirHttpReader(http, options, time, logger);
        _search = new FhirSearch(_reader, options, logger);
    }

    public string Description => $"iHRIS 5 (FHIR) {_options.BaseUrl}";

    public SourceFindings Findings { get; } = new();

    public async IAsyncEnumerable<SourceFacility> ReadFacilitiesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var tree = await LocationsAsync(cancellationToken);
        foreach (var facility in tree.Facilities.OrderBy(f => f.Id, StringComparer.Ordinal))
        {
            var (region, district) = tree.RegionAndDistrict(facility);
            var codes = new Dictionary<string, string>(StringComparer.Ordinal);
            if (facility.Dhis2Id is not null)
            {
                codes[FacilityCodeKinds.Dhis2Uid] = facility.Dhis2Id;
            }

            if (facility.RegistryId is not null)
            {
                codes[FacilityCodeKinds.Registry] = facility.RegistryId;
            }

            yield return new SourceFacility(
                SourceSystem.Ihris, facility.Id, facility.Name, facility.TypeLabel, FacilityTypeOf(facility),
                region, district, facility.Position, codes);
        }
    }

    public async Task<IReadOnlyList<JobDefinition>> ReadJobsAsync(CancellationToken cancellationToken) =>
        (await JobsAsync(cancellationToken)).Jobs;

    public async IAsyncEnumerable<WorkerRole> ReadRolesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var mapper = await MapperAsync(cancellationToken);
        var inspector = new RoleInspector(Findings, (await JobsAsync(cancellationToken)).Codes, Today);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var query = $"_count={_options.PageSize}&_include=PractitionerRole:practitioner";
        await foreach (var page in _search.PagesAsync("PractitionerRole", query, cancellationToken))
        {
            foreach (var role in await MapPageAsync(page, mapper, seen, cancellationToken))
            {
                inspector.Inspect(role);
                yield return role;
            }
        }

        inspector.Complete();
        LogRolesRead(_logger, seen.Count, _practitioners.Count);
    }

    public async Task<WorkforceChanges> ReadChangesAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        var from = Uri.EscapeDataString((since - _options.WatermarkOverlap).ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture));
        var mapper = await MapperAsync(cancellationToken);
        var inspector = new RoleInspector(Findings, (await JobsAsync(cancellationToken)).Codes, Today);
        var watermark = new Watermark(since);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var changed = new List<WorkerRole>();

        var roleQuery = $"_lastUpdated=gt{from}&_sort=_lastUpdated&_count={_options.PageSize}&_include=PractitionerRole:practitioner";
        await foreach (var page in _search.PagesAsync("PractitionerRole", roleQuery, cancellationToken))
        {
            watermark.See(page);
            changed.AddRange(await MapPageAsync(page, mapper, seen, cancellationToken));
        }

        // A practitioner whose sex or birth year changed changes the roles it holds.
        var changedPractitioners = new List<string>();
        var practitionerQuery = $"_lastUpdated=gt{from}&_sort=_lastUpdated&_count={_options.PageSize}&_elements={PractitionerElements}";
        await foreach (var page in _search.PagesAsync("Practitioner", practitionerQuery, cancellationToken))
        {
            watermark.See(page);
            changedPractitioners.AddRange(RememberPractitioners(page));
        }

        var rolesCovered = changed.Select(r => r.WorkerPseudonym).ToHashSet(StringComparer.Ordinal);
        foreach (var practitionerId in changedPractitioners.Distinct(StringComparer.Ordinal))
        {
            if (rolesCovered.Contains(_pseudonymizer.Pseudonymize(PractitionerRoleMapper.SourceSystemName, practitionerId)))
            {
                continue;
            }

            var byPractitioner = $"practitioner={Uri.EscapeDataString("Practitioner/" + practitionerId)}&_count={_options.PageSize}";
            await foreach (var page in _search.PagesAsync("PractitionerRole", byPractitioner, cancellationToken))
            {
                changed.AddRange(await MapPageAsync(page, mapper, seen, cancellationToken));
            }
        }

        changed.ForEach(inspector.Inspect);
        inspector.Complete();
        var deleted = await DeletedRoleIdsAsync(from, watermark, cancellationToken);
        LogChangesRead(_logger, changed.Count, deleted.Count);
        return new WorkforceChanges(changed, deleted, watermark.Value);
    }

    private DateOnly Today => DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime);

    private async Task<IReadOnlyList<string>> DeletedRoleIdsAsync(string from, Watermark watermark, CancellationToken cancellationToken)
    {
        var latest = new Dictionary<string, (DateTimeOffset At, bool Deleted)>(StringComparer.Ordinal);
        await foreach (var page in _search.PagesAsync("PractitionerRole/_history", $"_since={from}&_count={_options.PageSize}", cancellationToken))
        {
            foreach (var change in HistoryReader.Changes(page))
            {
                watermark.See(change.At);
                if (!latest.TryGetValue(change.Id, out var known) || change.At >= known.At)
                {
                    latest[change.Id] = (change.At, change.Deleted);
                }
            }
        }

        return [.. latest.Where(pair => pair.Value.Deleted).Select(pair => pair.Key).Order(StringComparer.Ordinal)];
    }

    private async Task<List<WorkerRole>> MapPageAsync(Bundle page, PractitionerRoleMapper mapper, HashSet<string> seen, CancellationToken cancellationToken)
    {
        RememberPractitioners(page);
        var roles = page.Entry.Select(e => e.Resource).OfType<PractitionerRole>()
            .Where(r => FhirValues.Text(r.IdElement) is { } id && seen.Add(id))
            .ToList();
        var result = new List<WorkerRole>(roles.Count);
        foreach (var role in roles)
        {
            var traits = await TraitsAsync(PractitionerRoleMapper.PractitionerId(role), FhirValues.Text(role.IdElement)!, cancellationToken);
            if (mapper.Map(role, traits) is { } mapped)
            {
                result.Add(mapped);
            }
        }

        return result;
    }

    /// <summary>Keeps sex and birth year of the page's Practitioners; the resources themselves are not kept.</summary>
    private List<string> RememberPractitioners(Bundle page)
    {
        var ids = new List<string>();
        foreach (var practitioner in page.Entry.Select(e => e.Resource).OfType<Practitioner>())
        {
            if (FhirValues.Text(practitioner.IdElement) is { } id)
            {
                _practitioners[id] = PractitionerTraits.Of(practitioner);
                ids.Add(id);
            }
        }

        return ids;
    }

    private async Task<PractitionerTraits> TraitsAsync(string? practitionerId, string roleId, CancellationToken cancellationToken)
    {
        if (practitionerId is null)
        {
            return PractitionerTraits.Unknown;
        }

        if (_practitioners.TryGetValue(practitionerId, out var known))
        {
            return known;
        }

        var url = new Uri(_options.BaseWithSlash, $"Practitioner/{Uri.EscapeDataString(practitionerId)}?_elements={PractitionerElements}");
        var traits = await _reader.GetAsync(url, cancellationToken) is Practitioner practitioner
            ? PractitionerTraits.Of(practitioner)
            : PractitionerTraits.Unknown;
        if (traits == PractitionerTraits.Unknown)
        {
            Findings.Add(
                SourceFindingKind.WorkerRecordMissing,
                roleId,
                $"Rôle {roleId} : la fiche de l'agent est introuvable",
                $"role {roleId}: the worker's record cannot be found");
        }

        _practitioners[practitionerId] = traits;
        return traits;
    }

    private async Task<PractitionerRoleMapper> MapperAsync(CancellationToken cancellationToken) =>
        new(_pseudonymizer, await LocationsAsync(cancellationToken), await JobsAsync(cancellationToken), _options, Findings, Today);

    private async Task<LocationTree> LocationsAsync(CancellationToken cancellationToken)
    {
        if (_locations is not null)
        {
            return _locations;
        }

        var reader = new LocationReader(_options);
        var nodes = new Dictionary<string, LocationNode>(StringComparer.Ordinal);
        await foreach (var page in _search.PagesAsync("Location", $"_count={_options.PageSize}", cancellationToken))
        {
            foreach (var node in page.Entry.Select(e => e.Resource).OfType<Location>().Select(reader.Read).OfType<LocationNode>())
            {
                nodes[node.Id] = node;
            }
        }

        _locations = new LocationTree(nodes, _options);
        LogLocationsRead(_logger, nodes.Count, _locations.Facilities.Count());
        return _locations;
    }

    private async Task<JobCatalog> JobsAsync(CancellationToken cancellationToken)
    {
        if (_jobs is not null)
        {
            return _jobs;
        }

        var jobs = await CodeSystemAsync(_options.JobCodeSystemUrl, cancellationToken);
        var cadres = await CodeSystemAsync(_options.CadreCodeSystemUrl, cancellationToken);
        _jobs = JobCatalogReader.Read(jobs, cadres);
        if (_jobs.Jobs.Count == 0)
        {
            LogNoJobCatalog(_logger, _options.JobCodeSystemUrl);
        }

        return _jobs;
    }

    private async Task<CodeSystem?> CodeSystemAsync(string url, CancellationToken cancellationToken)
    {
        await foreach (var page in _search.PagesAsync("CodeSystem", $"url={Uri.EscapeDataString(url)}", cancellationToken))
        {
            if (page.Entry.Select(e => e.Resource).OfType<CodeSystem>().FirstOrDefault() is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private FacilityType FacilityTypeOf(LocationNode facility)
    {
        foreach (var code in facility.TypeCodes)
        {
            if (_options.FacilityTypeMap.TryGetValue(code, out var mapped))
            {
                return FacilityTypeLabels.FromCode(mapped);
            }

            if (FacilityTypeLabels.FromCode(code) is var direct && direct != FacilityType.Unknown)
            {
                return direct;
            }
        }

        return FacilityType.Unknown;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "iHRIS FHIR : {Locations} lieux dont {Facilities} structures / locations, of which facilities")]
    private static partial void LogLocationsRead(ILogger logger, int locations, int facilities);

    [LoggerMessage(Level = LogLevel.Information, Message = "iHRIS FHIR : {Roles} rôles lus, {Workers} agents / roles read, workers")]
    private static partial void LogRolesRead(ILogger logger, int roles, int workers);

    [LoggerMessage(Level = LogLevel.Information, Message = "iHRIS FHIR : {Changed} rôles modifiés, {Deleted} supprimés / roles changed, deleted")]
    private static partial void LogChangesRead(ILogger logger, int changed, int deleted);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Catalogue des emplois introuvable / job CodeSystem not found: {Url}")]
    private static partial void LogNoJobCatalog(ILogger logger, string url);
}
