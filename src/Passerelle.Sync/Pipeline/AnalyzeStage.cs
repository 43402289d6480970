using Passerelle.Core.Facilities;
using Passerelle.Core.Indicators.Suppression;
using Passerelle.Core.Storage;
using Passerelle.Core.Workforce;
using Passerelle.HealthMap.Population;
using Passerelle.Sync.Analysis;
using Passerelle.Sync.Plan;

namespace Passerelle.Sync.Pipeline;

/// <summary>
/// Analyse: staff in post by facility × cadre on the reference date against the norms valid then, density,
/// workload and WISN from the year's DHIS2 service volumes, and the data-quality checks. Every value is
/// stored in the result store, small cells already suppressed.
/// </summary>
/// <param name="plan">The analysis plan (workload indicators and WISN standards); the shipped one when null.</param>
/// <param name="smallCellThreshold">k of the small-cell policy (<c>privacy.smallCellThreshold</c>).</param>
/// <param name="fingerprints">When given, and every input (warehouse rows read, plan, reference date, threshold, Passerelle's build)
/// is what the last successful run analysed, the stored results are kept: only the staffing summary is computed again.</param>
public sealed class AnalyzeStage(IWarehouse warehouse, DateOnly referenceDate, AnalysisPlan? plan = null, int smallCellThreshold = 5, RunFingerprints? fingerprints = null)
{
    public const string Name = "analyze";

    /// <summary>The run-ledger subject of the analysed inputs' fingerprint (see <see cref="RunFingerprints"/>).</summary>
    public const string Subject = "analyze inputs";

    private readonly AnalysisPlan _plan = plan ?? AnalysisPlanLoader.LoadShipped();

    /// <summary>The staffing result of the last run of this stage, for the summary.</summary>
    public StaffingResult? Result { get; private set; }

    /// <summary>The data-quality findings of the last run.</summary>
    public DataQualityReport? DataQuality { get; private set; }

    /// <summary>
    /// How many values the last run stored for each indicator, and how many of those small-cell suppression hid (none
    /// when it kept the stored results). The values themselves went to the warehouse as they were computed.
    /// </summary>
    public IReadOnlyDictionary<string, IndicatorCount> ValueCounts { get; private set; } = new Dictionary<string, IndicatorCount>();

    /// <summary>Values stored by the last run.</summary>
    public long ValuesStored { get; private set; }

    /// <summary>True when the last run found its inputs unchanged and kept the stored results.</summary>
    public bool KeptStoredResults { get; private set; }

    public static string PeriodOf(DateOnly date) => date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static Dictionary<string, string> RegionOfFacility(IEnumerable<FacilityDimension> facilities) =>
        facilities.Where(f => f.RegionCode is not null).ToDictionary(f => f.GoldenId, f => f.RegionCode!, StringComparer.Ordinal);

    /// <summary>ANSD population of each region with a facility in scope, for the reference year (clamped to the projections).</summary>
    private List<AreaPopulation> RegionPopulations(IEnumerable<FacilityDimension> facilities)
    {
        var table = PopulationTable.Ansd;
        var year = Math.Clamp(referenceDate.Year, table.Years.Min(), table.Years.Max());
        return facilities
            .Select(f => f.RegionCode)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Select(code => table.Region(code, year))
            .OfType<PopulationFigure>()
            .Select(p => new AreaPopulation(p.Code, OrgLevel.Region, p.Population, PopulationTable.Women15To49(p).Women15To49))
            .ToList();
    }

    private static Dictionary<string, string> AcceptedLinks(IReadOnlyList<FacilityLinkTarget> links) =>
        links
            .Where(l => l.Status.IsAccepted())
            .GroupBy(l => l.SourceId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(l => l.Status.IsHuman()).ThenByDescending(l => l.Score).First().GoldenId, StringComparer.Ordinal);

    public async Task<StageOutcome> RunAsync(CancellationToken cancellationToken)
    {
        var period = PeriodOf(referenceDate);
        var facilities = await warehouse.Dimensions.ReadFacilitiesAsync(cancellationToken);
        var (closed, registry) = await ReadRegistryAsync(cancellationToken);
        var facilityOfRole = AcceptedLinks(await warehouse.Crosswalk.ReadFacilityLinkTargetsAsync(SourceSystem.Ihris, cancellationToken));
        var goldenOfDhis2 = AcceptedLinks(await warehouse.Crosswalk.ReadFacilityLinkTargetsAsync(SourceSystem.Dhis2, cancellationToken));
        var mappings = await warehouse.Crosswalk.ReadCadreMappingsAsync(SourceSystem.Ihris, cancellationToken);
        var cadreOfJob = mappings
            .Where(m => m.Status.IsAccepted())
            .GroupBy(m => m.JobKey, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(m => m.Status.IsHuman()).First().CadreCode, StringComparer.Ordinal);
        var norms = await warehouse.Facts.ReadStaffingNormsAsync(cancellationToken);
        var (result, rolesRead, roleDigest) = await TallyAsync(period, facilityOfRole, cadreOfJob, facilities, closed, norms, cancellationToken);
        var months = ServiceYear.MonthsUpTo(referenceDate);
        // The year's volumes (millions at a continent's size) go straight into the compact service year, never into a list.
        var activity = new ServiceYear(goldenOfDhis2, months);
        var volumes = roleDigest is null ? null : new UnorderedDigest();
        foreach (var month in months)
        {
            await foreach (var volume in warehouse.Facts.ReadServiceVolumesAsync(month, cancellationToken))
            {
                activity.Add(volume);
                volumes?.Add(volume);
            }
        }

        // The data-quality checks name only the source facilities no accepted link follows; the others are only digested.
        var (ihrisFacilities, ihrisDigest) = await UnlinkedAsync(SourceSystem.Ihris, facilityOfRole, roleDigest is not null, cancellationToken);
        var (dhis2Facilities, dhis2Digest) = await UnlinkedAsync(SourceSystem.Dhis2, goldenOfDhis2, roleDigest is not null, cancellationToken);
        Result = result;
        var share = result.ShareMeetingNorm is { } s ? $"{s * 100:0.0} %" : "—";
        var fingerprint = roleDigest is null || registry is null || volumes is null || ihrisDigest is null || dhis2Digest is null ? null : InputsFingerprint(
            period, facilities, registry, facilityOfRole, goldenOfDhis2, cadreOfJob, roleDigest, norms, volumes, ihrisDigest, dhis2Digest);
        if (fingerprints is not null && fingerprint is not null && await fingerprints.MatchesLastAsync(Subject, fingerprint, cancellationToken))
        {
            await fingerprints.RecordAsync(Subject, fingerprint, cancellationToken);
            KeptStoredResults = true;
            DataQuality = null;
            ValueCounts = new Dictionary<string, IndicatorCount>();
            ValuesStored = 0;
            return new StageOutcome(
                rolesRead,
                0,
                result.RolesAtUnknownFacility + result.RolesWithUnmappedJob,
                $"{result.WorkersInPost} agents en poste au {referenceDate:dd/MM/yyyy}, {result.FacilitiesMeetingNorm}/{result.Compliance.Count} structures conformes ({share}) ; entrées inchangées depuis le dernier passage réussi : résultats gardés",
                $"{result.WorkersInPost} workers in post on {referenceDate:yyyy-MM-dd}, {result.FacilitiesMeetingNorm}/{result.Compliance.Count} facilities meet their norm; inputs unchanged since the last successful run: results kept");
        }

        KeptStoredResults = false;
        await warehouse.Facts.ReplaceStaffSnapshotAsync(period, result.Staff.ToAsyncEnumerable(), cancellationToken);

        var populations = RegionPopulations(facilities);
        var quality = DataQualityAnalysis.Compute(new DataQualityInputs(
            period, referenceDate, facilities, closed, ihrisFacilities, dhis2Facilities,
            facilityOfRole, goldenOfDhis2, result, activity, norms,
            populations.Select(p => p.UnitId).ToHashSet(StringComparer.Ordinal)));
        var policy = SmallCellPolicy.Default with { Threshold = smallCellThreshold };
        // Each analysis's values go to the warehouse as they are computed: none is held whole.
        IEnumerable<IEnumerable<IndicatorValue>> parts =
        [
            result.Indicators,
            HeadcountBySex.Compute(period, result.Staff, policy),
            DensityAnalysis.Compute(period, result.Staff, RegionOfFacility(facilities), populations),
            WorkloadAnalysis.Compute(period, _plan, activity, result.Staff, facilities),
            WisnAnalysis.Compute(period, _plan, activity, result.Staff),
            quality.Values.Where(v => v.IndicatorCode != StaffingAnalysis.StaffAtUnknownFacility),
        ];
        var counts = new Dictionary<string, IndicatorCount>(StringComparer.Ordinal);
        IEnumerable<IndicatorValue> Counted()
        {
            foreach (var value in parts.SelectMany(p => p))
            {
                var count = counts.GetValueOrDefault(value.IndicatorCode);
                counts[value.IndicatorCode] = new IndicatorCount(count.Values + 1, count.Suppressed + (value.Suppressed ? 1 : 0));
                yield return value;
            }
        }

        var stored = await warehouse.Results.ReplaceIndicatorValuesAsync(period, Counted().ToAsyncEnumerable(), cancellationToken);
        DataQuality = quality;
        ValueCounts = counts;
        ValuesStored = stored;
        if (fingerprints is not null && fingerprint is not null)
        {
            await fingerprints.RecordAsync(Subject, fingerprint, cancellationToken);
        }

        return new StageOutcome(
            rolesRead,
            stored,
            result.RolesAtUnknownFacility + result.RolesWithUnmappedJob,
            $"{result.WorkersInPost} agents en poste au {referenceDate:dd/MM/yyyy}, {result.FacilitiesMeetingNorm}/{result.Compliance.Count} structures conformes ({share}), {quality.Findings.Count} constats qualité",
            $"{result.WorkersInPost} workers in post on {referenceDate:yyyy-MM-dd}, {result.FacilitiesMeetingNorm}/{result.Compliance.Count} facilities meet their norm, {quality.Findings.Count} data-quality findings");
    }

    /// <summary>
    /// Roles stream through the tally (and the digest): the workforce is never held whole. The tally's sets (a million
    /// workers' keys, some 120 MiB at a continent's size) live only here, not through the rest of the analysis.
    /// </summary>
    private async Task<(StaffingResult Result, long RolesRead, UnorderedDigest? Digest)> TallyAsync(
        string period, Dictionary<string, string> facilityOfRole, Dictionary<string, string> cadreOfJob, IReadOnlyList<FacilityDimension> facilities,
        HashSet<string> closed, IReadOnlyList<Core.Norms.StaffingNorm> norms, CancellationToken cancellationToken)
    {
        var tally = new StaffingTally(referenceDate, facilityOfRole, cadreOfJob);
        var digest = fingerprints is null ? null : new UnorderedDigest();
        await foreach (var role in warehouse.Staging.StreamWorkerRolesAsync(SourceSystem.Ihris, cancellationToken))
        {
            tally.Add(role);
            digest?.Add(role);
        }

        return (tally.Result(period, facilities, closed, norms), tally.RolesRead, digest);
    }

    private string InputsFingerprint(
        string period, IReadOnlyList<FacilityDimension> facilities, UnorderedDigest registry, Dictionary<string, string> facilityOfRole,
        Dictionary<string, string> goldenOfDhis2, Dictionary<string, string> cadreOfJob, UnorderedDigest roles, IReadOnlyList<Core.Norms.StaffingNorm> norms,
        UnorderedDigest volumes, UnorderedDigest ihrisFacilities, UnorderedDigest dhis2Facilities)
    {
        using var fingerprint = new Fingerprint();
        fingerprint.Add(period).Add(referenceDate.ToString("O", System.Globalization.CultureInfo.InvariantCulture)).Add(smallCellThreshold)
            .Add(typeof(AnalyzeStage).Assembly.ManifestModule.ModuleVersionId.ToString("N"))
            .Add(typeof(IWarehouse).Assembly.ManifestModule.ModuleVersionId.ToString("N"))
            .AddJson(_plan).EndRecord();
        fingerprint.AddUnordered(facilities).Add(registry).AddUnordered(facilityOfRole).AddUnordered(goldenOfDhis2).AddUnordered(cadreOfJob)
            .Add(roles).AddUnordered(norms).Add(volumes).Add(ihrisFacilities).Add(dhis2Facilities);
        return fingerprint.Value();
    }

    /// <summary>
    /// The codes of the registry's closed facilities and, when the stage fingerprints its inputs, a digest of the whole
    /// registry: the registry itself (a hundred thousand rows at continental size) is not held through the analysis.
    /// </summary>
    private async Task<(HashSet<string> Closed, UnorderedDigest? Digest)> ReadRegistryAsync(CancellationToken cancellationToken)
    {
        var registry = await warehouse.Staging.ReadRegistryFacilitiesAsync(cancellationToken);
        var closed = registry.Where(r => r.Status == RegistryFacilityStatus.Closed).Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
        if (fingerprints is null)
        {
            return (closed, null);
        }

        var digest = new UnorderedDigest();
        foreach (var facility in registry)
        {
            digest.Add(facility);
        }

        return (closed, digest);
    }

    /// <summary>The staged facilities of <paramref name="source"/> that no accepted link follows, and a digest of them all when fingerprinting.</summary>
    private async Task<(List<SourceFacility> Unlinked, UnorderedDigest? Digest)> UnlinkedAsync(
        SourceSystem source, Dictionary<string, string> linked, bool digest, CancellationToken cancellationToken)
    {
        var unlinked = new List<SourceFacility>();
        var all = digest ? new UnorderedDigest() : null;
        await foreach (var facility in warehouse.Staging.ReadSourceFacilitiesAsync(source, cancellationToken))
        {
            all?.Add(facility);
            if (!linked.ContainsKey(facility.SourceId))
            {
                unlinked.Add(facility);
            }
        }

        return (unlinked, all);
    }
}

/// <summary>Values one indicator has in a run, and how many of them small-cell suppression hid.</summary>
public readonly record struct IndicatorCount(int Values, int Suppressed);
