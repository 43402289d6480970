using Passerelle.Core.Facilities;
using Passerelle.Core.Geography;
using Passerelle.Core.Storage;
using Passerelle.Core.Workforce;
using Passerelle.Sync.Analysis;

namespace Passerelle.Web.Reading;

/// <summary>
/// Reads what the pipeline wrote (facility dimension, indicator values, crosswalk, runs) for the pages and
/// the API, limited to the regions a user may see. Figures are those of the latest analysed period.
/// </summary>
public sealed class DashboardReader(IWarehouse warehouse, WorkersInPostCounter workersInPost, WorkloadReader workload, LatestRunCache cache, AnalysisPlanSource plans)
{
    /// <summary>The latest period the analysis wrote, or null before the first analysis.</summary>
    public Task<string?> LatestPeriodAsync(CancellationToken cancellationToken) =>
        cache.GetAsync("latest-period", async ct =>
        {
            string? latest = null;
            await foreach (var value in warehouse.Results.ReadIndicatorValuesAsync(
                new IndicatorQuery(StaffingAnalysis.ShareMeetingNorm, OrgLevel: OrgLevel.Country), ct))
            {
                if (latest is null || string.CompareOrdinal(value.Period, latest) > 0)
                {
                    latest = value.Period;
                }
            }

            return latest;
        }, cancellationToken);

    public async Task<IReadOnlyList<FacilitySummary>> FacilitiesAsync(RegionScope scope, CancellationToken cancellationToken)
    {
        var all = await cache.GetAsync("facilities", ReadFacilitiesAsync, cancellationToken);
        return scope.IsWholeCountry ? all : all.Where(f => scope.Allows(f.RegionCode)).ToList();
    }

    /// <summary>Every facility with its compliance and headcount: only a run changes them, so they are read once per run.</summary>
    private async Task<IReadOnlyList<FacilitySummary>> ReadFacilitiesAsync(CancellationToken cancellationToken)
    {
        var period = await LatestPeriodAsync(cancellationToken);
        var meets = await FacilityValuesAsync(StaffingAnalysis.MeetsNorm, period, cancellationToken);
        var workers = await FacilityValuesAsync(StaffingAnalysis.Headcount, period, cancellationToken);
        var facilities = await warehouse.Dimensions.ReadFacilitiesAsync(cancellationToken);
        return facilities
            .OrderBy(f => f.Name, StringComparer.CurrentCulture)
            .Select(f => new FacilitySummary(
                f.GoldenId,
                f.Name,
                f.Type.Code(),
                f.RegionCode,
                f.DistrictCode,
                f.Location?.Latitude,
                f.Location?.Longitude,
                meets.TryGetValue(f.GoldenId, out var met) ? met > 0 : null,
                (int)workers.GetValueOrDefault(f.GoldenId)))
            .ToList();
    }

    public async Task<OverviewFigures> OverviewAsync(RegionScope scope, CancellationToken cancellationToken)
    {
        var period = await LatestPeriodAsync(cancellationToken);
        var facilities = await FacilitiesAsync(scope, cancellationToken);
        var queue = await MatchQueueAsync(scope, reviewOnly: true, cancellationToken);
        var mappings = await warehouse.Crosswalk.ReadCadreMappingsAsync(null, cancellationToken);
        var runs = await warehouse.Runs.ListRunsAsync(1, cancellationToken);
        var regions = Shares(facilities, f => f.RegionCode, code => SenegalRegions.ByCode(code)?.Name ?? code);
        var workers = await cache.GetAsync($"workers|{period}|{scope.Key}", ct => workersInPost.CountAsync(period, scope, ct), cancellationToken);
        return new OverviewFigures(
            period,
            facilities.Count,
            workers,
            facilities.Count(f => f.MeetsNorm is not null),
            facilities.Count(f => f.MeetsNorm == true),
            queue.Count,
            mappings.Count(m => m.Status == DecisionStatus.Review),
            runs.Count > 0 ? runs[0] : null,
            regions);
    }

    /// <summary>Health districts with their facilities' compliance, by region then district.</summary>
    public async Task<IReadOnlyList<AreaShare>> DistrictsAsync(RegionScope scope, CancellationToken cancellationToken)
    {
        var facilities = await FacilitiesAsync(scope, cancellationToken);
        return Shares(facilities, f => f.DistrictCode, code => code);
    }

    public async Task<FacilityDetail?> FacilityAsync(string id, RegionScope scope, CancellationToken cancellationToken)
    {
        var facility = (await FacilitiesAsync(scope, cancellationToken)).FirstOrDefault(f => f.Id == id);
        if (facility is null)
        {
            return null;
        }

        var period = await LatestPeriodAsync(cancellationToken);
        var headcount = await CadreValuesAsync(StaffingAnalysis.Headcount, period, id, cancellationToken);
        var required = await CadreValuesAsync(StaffingAnalysis.NormRequired, period, id, cancellationToken);
        var gap = await CadreValuesAsync(StaffingAnalysis.NormGap, period, id, cancellationToken);
        var cadres = headcount.Keys.Union(required.Keys)
            .Select(code => (Code: code, Cadre: NationalCadres.ByCode(code)))
            .OrderBy(c => c.Cadre is null ? int.MaxValue : NationalCadres.All.ToList().IndexOf(c.Cadre))
            .Select(c => new CadreStaffing(
                c.Code,
                c.Cadre?.French ?? c.Code,
                c.Cadre?.English ?? c.Code,
                (int)headcount.GetValueOrDefault(c.Code),
                required.TryGetValue(c.Code, out var r) ? (int)r : null,
                gap.TryGetValue(c.Code, out var g) ? (int)g : null))
            .ToList();
        var links = (await warehouse.Crosswalk.ReadFacilityLinksAsync(null, cancellationToken)).Where(l => l.GoldenId == id).ToList();
        var load = await workload.ReadAsync(id, facility.DistrictCode, period, cancellationToken);
        return new FacilityDetail(facility, FacilityTypeLabels.FromCode(facility.Type), cadres, links, load);
    }

    /// <summary>Links waiting for review (or every link decided or proposed when <paramref name="reviewOnly"/> is false).</summary>
    public async Task<IReadOnlyList<MatchRow>> MatchQueueAsync(RegionScope scope, bool reviewOnly, CancellationToken cancellationToken)
    {
        var (registry, names) = await cache.GetAsync("staged-names", ReadStagedNamesAsync, cancellationToken);
        return (await warehouse.Crosswalk.ReadFacilityLinksAsync(null, cancellationToken))
            .Where(l => !reviewOnly || l.Status == DecisionStatus.Review)
            .Select(l =>
            {
                var golden = registry.GetValueOrDefault(l.GoldenId);
                return new MatchRow(l, golden?.Name, names.GetValueOrDefault((l.Source, l.SourceId)), SenegalRegions.Resolve(golden?.Region)?.Code);
            })
            .Where(r => scope.Allows(r.RegionCode))
            .OrderByDescending(r => r.Link.Status == DecisionStatus.Review)
            .ThenBy(r => r.Link.Score)
            .ToList();
    }

    /// <summary>Registry facilities by code and staged source facility names: only a run stages them.</summary>
    private async Task<(Dictionary<string, RegistryFacility> Registry, Dictionary<(SourceSystem, string), string> Names)> ReadStagedNamesAsync(CancellationToken cancellationToken)
    {
        var registry = (await warehouse.Staging.ReadRegistryFacilitiesAsync(cancellationToken)).ToDictionary(r => r.Code, StringComparer.Ordinal);
        var names = new Dictionary<(SourceSystem, string), string>();
        foreach (var source in new[] { SourceSystem.Dhis2, SourceSystem.Ihris })
        {
            await foreach (var f in warehouse.Staging.ReadSourceFacilitiesAsync(source, cancellationToken))
            {
                names[(source, f.SourceId)] = f.Name;
            }
        }

        return (registry, names);
    }

    public async Task<MatchDetail?> MatchAsync(SourceSystem source, string sourceId, string goldenId, RegionScope scope, CancellationToken cancellationToken)
    {
        var links = (await warehouse.Crosswalk.ReadFacilityLinksAsync(source, cancellationToken)).Where(l => l.SourceId == sourceId).ToList();
        var link = links.FirstOrDefault(l => l.GoldenId == goldenId);
        if (link is null)
        {
            return null;
        }

        var registry = (await warehouse.Staging.ReadRegistryFacilitiesAsync(cancellationToken)).FirstOrDefault(r => r.Code == goldenId);
        if (!scope.Allows(SenegalRegions.Resolve(registry?.Region)?.Code))
        {
            return null;
        }

        SourceFacility? record = null;
        await foreach (var f in warehouse.Staging.ReadSourceFacilitiesAsync(source, cancellationToken))
        {
            if (f.SourceId == sourceId)
            {
                record = f;
                break;
            }
        }

        var explanation = MatchExplanation.Parse(link.ExplanationJson);
        double? distance = registry?.Location is { } a && record?.Location is { } b ? a.DistanceMetresTo(b) : null;
        return new MatchDetail(link, registry, record, explanation.Signals, explanation.French, explanation.English,
            links.Where(l => l.GoldenId != goldenId).ToList(), distance);
    }

    public async Task<QualityReport> QualityAsync(RegionScope scope, CancellationToken cancellationToken)
    {
        var period = await LatestPeriodAsync(cancellationToken);
        var country = new Dictionary<string, double?>(StringComparer.Ordinal);
        await foreach (var v in warehouse.Results.ReadIndicatorValuesAsync(new IndicatorQuery(Period: period, OrgLevel: OrgLevel.Country), cancellationToken))
        {
            country[v.IndicatorCode] = v.Value;
        }

        var facilities = await FacilitiesAsync(scope, cancellationToken);
        var links = await warehouse.Crosswalk.ReadFacilityLinksAsync(null, cancellationToken);
        var statusCounts = links.GroupBy(l => (l.Source, l.Status)).OrderBy(g => g.Key.Source).ThenBy(g => g.Key.Status)
            .Select(g => new LinkStatusCount(g.Key.Source, g.Key.Status, g.Count())).ToList();
        var coverage = new List<SourceCoverage>();
        foreach (var source in new[] { SourceSystem.Dhis2, SourceSystem.Ihris })
        {
            var linked = links.Where(l => l.Source == source && l.Status.IsAccepted()).Select(l => l.SourceId).ToHashSet(StringComparer.Ordinal);
            var (_, names) = await cache.GetAsync("staged-names", ReadStagedNamesAsync, cancellationToken);
            var staged = names.Keys.Count(k => k.Item1 == source);
            coverage.Add(new SourceCoverage(source, staged, linked.Count));
        }

        var quarantine = (await warehouse.Staging.ReadQuarantineAsync(null, cancellationToken))
            .GroupBy(q => (File: Path.GetFileName(q.File), q.Reason))
            .Select(g => new QuarantineGroup(g.Key.File, g.Key.Reason, g.Count()))
            .OrderByDescending(g => g.Rows)
            .ToList();
        var checks = plans.Plan.Indicators
            .Where(i => i.Code.StartsWith("PASS_DQ_", StringComparison.Ordinal) && country.ContainsKey(i.Code))
            .Select(i => new QualityCheck(i.Code, i.Fr, i.En, scope.IsWholeCountry ? country[i.Code] : null))
            .ToList();
        return new QualityReport(
            period,
            scope.IsWholeCountry ? country.GetValueOrDefault(StaffingAnalysis.StaffAtUnknownFacility) : null,
            scope.IsWholeCountry ? country.GetValueOrDefault(StaffingAnalysis.DuplicateWorkers) : null,
            facilities.Count(f => f.Latitude is null),
            statusCounts,
            coverage,
            quarantine,
            checks);
    }

    private static List<AreaShare> Shares(IEnumerable<FacilitySummary> facilities, Func<FacilitySummary, string?> areaOf, Func<string, string> nameOf) =>
        facilities
            .Where(f => areaOf(f) is not null)
            .GroupBy(f => areaOf(f)!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new AreaShare(g.Key, nameOf(g.Key), g.Count(), g.Count(f => f.MeetsNorm is not null), g.Count(f => f.MeetsNorm == true), g.Sum(f => f.Workers)))
            .ToList();

    /// <summary>Facility-level values of one indicator, summed over disaggregations, by facility id.</summary>
    private async Task<Dictionary<string, double>> FacilityValuesAsync(string indicator, string? period, CancellationToken cancellationToken)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        if (period is null)
        {
            return values;
        }

        await foreach (var v in warehouse.Results.ReadIndicatorValuesAsync(new IndicatorQuery(indicator, period, OrgLevel.Facility), cancellationToken))
        {
            values[v.UnitId] = values.GetValueOrDefault(v.UnitId) + (v.Value ?? 0);
        }

        return values;
    }

    private async Task<Dictionary<string, double>> CadreValuesAsync(string indicator, string? period, string facilityId, CancellationToken cancellationToken)
    {
        if (period is null)
        {
            return new Dictionary<string, double>(StringComparer.Ordinal);
        }

        var all = await cache.GetAsync($"cadre-values|{indicator}|{period}", async ct =>
        {
            var byFacility = new Dictionary<string, Dictionary<string, double>>(StringComparer.Ordinal);
            await foreach (var v in warehouse.Results.ReadIndicatorValuesAsync(new IndicatorQuery(indicator, period, OrgLevel.Facility), ct))
            {
                if (v.DisaggregationKey.StartsWith("cadre=", StringComparison.Ordinal) && v.Value is { } value)
                {
                    var cadres = byFacility.TryGetValue(v.UnitId, out var found) ? found : byFacility[v.UnitId] = new(StringComparer.Ordinal);
                    cadres[v.DisaggregationKey["cadre=".Length..]] = value;
                }
            }

            return byFacility;
        }, cancellationToken);
        return all.TryGetValue(facilityId, out var values) ? values : new Dictionary<string, double>(StringComparer.Ordinal);
    }
}
