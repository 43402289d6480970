using Passerelle.Core.Facilities;
using Passerelle.Core.Storage;
using Passerelle.Core.Workforce;
using Passerelle.HealthMap.Population;
using Passerelle.Sync.Analysis;

namespace Passerelle.Sync.Pipeline;

/// <summary>Analyse: staff in post by facility × cadre on the reference date, against the norms valid then.</summary>
public sealed class AnalyzeStage(IWarehouse warehouse, DateOnly referenceDate)
{
    public const string Name = "analyze";

    /// <summary>The result of the last run of this stage, for the summary.</summary>
    public StaffingResult? Result { get; private set; }

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

    public async Task<StageOutcome> RunAsync(CancellationToken cancellationToken)
    {
        var period = PeriodOf(referenceDate);
        var facilities = await warehouse.Dimensions.ReadFacilitiesAsync(cancellationToken);
        var registry = await warehouse.Staging.ReadRegistryFacilitiesAsync(cancellationToken);
        var closed = registry.Where(r => r.Status == RegistryFacilityStatus.Closed).Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
        var links = await warehouse.Crosswalk.ReadFacilityLinksAsync(SourceSystem.Ihris, cancellationToken);
        var facilityOfRole = links
            .Where(l => l.Status.IsAccepted())
            .GroupBy(l => l.SourceId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(l => l.Status.IsHuman()).ThenByDescending(l => l.Score).First().GoldenId, StringComparer.Ordinal);
        var mappings = await warehouse.Crosswalk.ReadCadreMappingsAsync(SourceSystem.Ihris, cancellationToken);
        var cadreOfJob = mappings
            .Where(m => m.Status.IsAccepted())
            .GroupBy(m => m.JobKey, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(m => m.Status.IsHuman()).First().CadreCode, StringComparer.Ordinal);
        var roles = new List<WorkerRole>();
        await foreach (var role in warehouse.Staging.ReadWorkerRolesAsync(SourceSystem.Ihris, cancellationToken))
        {
            roles.Add(role);
        }

        var norms = await warehouse.Facts.ReadStaffingNormsAsync(cancellationToken);
        var result = StaffingAnalysis.Compute(new StaffingInputs(referenceDate, period, facilities, closed, roles, facilityOfRole, cadreOfJob, norms));
        await warehouse.Facts.ReplaceStaffSnapshotAsync(period, result.Staff.ToAsyncEnumerable(), cancellationToken);
        var density = DensityAnalysis.Compute(period, result.Staff, RegionOfFacility(facilities), RegionPopulations(facilities));
        await warehouse.Results.ReplaceIndicatorValuesAsync(period, result.Indicators.Concat(density).ToAsyncEnumerable(), cancellationToken);
        Result = result;
        var share = result.ShareMeetingNorm is { } s ? $"{s * 100:0.0} %" : "—";
        return new StageOutcome(
            roles.Count,
            result.Indicators.Count,
            result.RolesAtUnknownFacility + result.RolesWithUnmappedJob,
            $"{result.WorkersInPost} agents en poste au {referenceDate:dd/MM/yyyy}, {result.FacilitiesMeetingNorm}/{result.Compliance.Count} structures conformes ({share})",
            $"{result.WorkersInPost} workers in post on {referenceDate:yyyy-MM-dd}, {result.FacilitiesMeetingNorm}/{result.Compliance.Count} facilities meet their norm");
    }
}
