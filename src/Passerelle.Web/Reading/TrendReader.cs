using Passerelle.Core.Facilities;
using Passerelle.Core.Storage;

namespace Passerelle.Web.Reading;

/// <summary>
/// Monthly service volumes over the months pulled from DHIS2 (up to 24 before the latest analysis' reference
/// date), summed per data element over the facilities linked to the registry in the user's regions, and the
/// share of facilities meeting their norm in each analysed period. Kept until the next run.
/// </summary>
public sealed class TrendReader(IWarehouse warehouse, LatestRunCache cache)
{
    private const int MonthsBack = 24;

    public Task<Trends> ReadAsync(string? period, RegionScope scope, CancellationToken cancellationToken) =>
        cache.GetAsync($"trends|{period}|{scope.Key}", ct => ComputeAsync(period, scope, ct), cancellationToken);

    private async Task<Trends> ComputeAsync(string? period, RegionScope scope, CancellationToken cancellationToken)
    {
        if (period is null || await WorkersInPostCounter.ReferenceDateAsync(warehouse, period, cancellationToken) is not { } referenceDate)
        {
            return new Trends([], [], []);
        }

        var facilities = await warehouse.Dimensions.ReadFacilitiesAsync(cancellationToken);
        var visible = facilities.Where(f => scope.Allows(f.RegionCode)).Select(f => f.GoldenId).ToHashSet(StringComparer.Ordinal);
        var linked = (await warehouse.Crosswalk.ReadFacilityLinkTargetsAsync(SourceSystem.Dhis2, cancellationToken))
            .Where(l => l.Status.IsAccepted() && visible.Contains(l.GoldenId))
            .Select(l => l.SourceId)
            .ToHashSet(StringComparer.Ordinal);
        var months = Enumerable.Range(0, MonthsBack).Select(back => referenceDate.AddMonths(-back)).Reverse()
            .Select(d => $"{d.Year:0000}{d.Month:00}").ToList();
        var totals = new Dictionary<string, Dictionary<string, double>>(StringComparer.Ordinal);
        foreach (var month in months)
        {
            await foreach (var volume in warehouse.Facts.ReadServiceVolumesAsync(month, cancellationToken))
            {
                if (linked.Contains(volume.FacilityId))
                {
                    var byMonth = totals.TryGetValue(volume.DataElementCode, out var found) ? found : totals[volume.DataElementCode] = new(StringComparer.Ordinal);
                    byMonth[month] = byMonth.GetValueOrDefault(month) + volume.Value;
                }
            }
        }

        var pulled = months.SkipWhile(m => !totals.Values.Any(t => t.ContainsKey(m))).ToList();
        var series = totals.OrderBy(t => t.Key, StringComparer.Ordinal)
            .Select(t => new VolumeSeries(t.Key, ServiceElementLabels.French(t.Key), ServiceElementLabels.English(t.Key),
                pulled.Select(m => t.Value.TryGetValue(m, out var v) ? v : (double?)null).ToList()))
            .ToList();
        return new Trends(pulled, series, await ComplianceByPeriodAsync(scope, cancellationToken));
    }

    /// <summary>Facilities meeting their norm in every analysed period, from the facility values (so a region scope applies).</summary>
    private async Task<IReadOnlyList<PeriodCompliance>> ComplianceByPeriodAsync(RegionScope scope, CancellationToken cancellationToken)
    {
        var regionOf = (await warehouse.Dimensions.ReadFacilitiesAsync(cancellationToken)).ToDictionary(f => f.GoldenId, f => f.RegionCode, StringComparer.Ordinal);
        var byPeriod = new SortedDictionary<string, (int With, int Meeting)>(StringComparer.Ordinal);
        await foreach (var value in warehouse.Results.ReadIndicatorValuesAsync(
            new IndicatorQuery(Sync.Analysis.StaffingAnalysis.MeetsNorm, OrgLevel: OrgLevel.Facility), cancellationToken))
        {
            if (value.Value is { } met && scope.Allows(regionOf.GetValueOrDefault(value.UnitId)))
            {
                var (with, meeting) = byPeriod.GetValueOrDefault(value.Period);
                byPeriod[value.Period] = (with + 1, meeting + (met > 0 ? 1 : 0));
            }
        }

        return byPeriod.Select(p => new PeriodCompliance(p.Key, p.Value.With, p.Value.Meeting)).ToList();
    }
}

/// <summary>One data element's monthly volumes, aligned on <see cref="Trends.Months"/> (null: no facility reported that month).</summary>
public sealed record VolumeSeries(string DataElement, string French, string English, IReadOnlyList<double?> Values);

/// <summary>Facilities meeting their staffing norm in one analysed period.</summary>
public sealed record PeriodCompliance(string Period, int WithNorm, int MeetingNorm)
{
    public double? Share => WithNorm == 0 ? null : (double)MeetingNorm / WithNorm;
}

/// <summary>The overview's trends (<c>/api/trends</c>): months as <c>yyyyMM</c>.</summary>
public sealed record Trends(IReadOnlyList<string> Months, IReadOnlyList<VolumeSeries> Volumes, IReadOnlyList<PeriodCompliance> Compliance);
