using System.Globalization;
using Passerelle.Core.Storage;
using Passerelle.Dhis2;
using Passerelle.Dhis2.Pull;

namespace Passerelle.Sync.Pipeline;

/// <summary>What to pull: the plan's data elements, the months of the year, the roots of the tree and the facilities in scope.</summary>
/// <param name="CodeOfUid">DHIS2 data element uid → the plan's code.</param>
/// <param name="Months">The months (<c>yyyyMM</c>) of the reference year up to the reference date.</param>
/// <param name="Roots">The level-1 org units, exported with their children.</param>
/// <param name="InScope">DHIS2 uids of the facilities in scope; values of other units are left out.</param>
public sealed record ServiceVolumeRequest(
    IReadOnlyDictionary<string, string> CodeOfUid, IReadOnlyList<string> Months, IReadOnlyList<string> Roots, IReadOnlySet<string> InScope);

/// <summary>How the volumes were brought up to date.</summary>
public enum ServiceVolumePullMode
{
    /// <summary>Every value of the year read again.</summary>
    Full,

    /// <summary>Only the values DHIS2 changed since the last successful pull were asked for, and none had.</summary>
    NoChange,

    /// <summary>Only the values DHIS2 changed since the last successful pull were asked for; the facility-months they touch were read again.</summary>
    Changes,
}

/// <param name="Read">Data values DHIS2 sent.</param>
/// <param name="Volumes">Monthly volumes (element × month × facility) written or kept.</param>
/// <param name="Touched">Facility-months read again (changes mode).</param>
public sealed record ServiceVolumePullResult(ServiceVolumePullMode Mode, long Read, long Volumes, int Touched);

/// <summary>
/// The year's monthly service volumes, from DHIS2 into the warehouse, summed over category option combos. The first pull
/// (and any under <c>sync --full</c>, after a failed run, or when what is asked changed: elements, months, scope) reads every
/// value of the year. Afterwards, when DHIS2 gives its clock (<c>serverDate</c>), only the values changed since the last
/// successful pull are asked for (<c>lastUpdated</c>, <c>includeDeleted</c>, web-api.md §6.4), from a little before that
/// clock (<see cref="Overlap"/>); when some are, only the facility-months they touch are read again and rewritten.
/// </summary>
/// <param name="fingerprints">Null reads everything (<c>--full</c>) and remembers nothing.</param>
public sealed class ServiceVolumePull(Dhis2Client client, IWarehouse warehouse, RunFingerprints? fingerprints)
{
    /// <summary>How far before the last pull's clock changes are asked for again: a value saved by a transaction still open
    /// then, or a daylight-saving shift of the server's clock, is not missed.</summary>
    public static readonly TimeSpan Overlap = TimeSpan.FromMinutes(65);

    /// <summary>Above this many touched facilities, one read of the year is cheaper than asking for each.</summary>
    public const int MaxPatchedFacilities = 500;

    internal const string QuerySubject = "pull.dhis2 volumes query";

    internal const string VolumesSubject = "pull.dhis2 volumes";

    internal const string ClockKey = "pull.dhis2 volumes clock";

    /// <summary>Org units per request when touched facilities are read again by name (URL length).</summary>
    private const int UnitsPerRequest = 100;

    /// <param name="serverClock">DHIS2's <c>serverDate</c> read before anything else, or null when it gives none.</param>
    public async Task<ServiceVolumePullResult> RunAsync(ServiceVolumeRequest request, DateTimeOffset? serverClock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var queryFingerprint = QueryFingerprint(request);
        var since = fingerprints is not null && serverClock is not null
            && await fingerprints.MatchesLastAsync(QuerySubject, queryFingerprint, cancellationToken)
                ? await fingerprints.LastInstantAsync(ClockKey, cancellationToken)
                : null;
        var result = since is { } last
            ? await PullChangesAsync(request, last - Overlap, cancellationToken) ?? await PullAllAsync(request, cancellationToken)
            : await PullAllAsync(request, cancellationToken);
        if (fingerprints is not null)
        {
            await fingerprints.RecordAsync(QuerySubject, queryFingerprint, cancellationToken);
            if (serverClock is { } clock)
            {
                await fingerprints.RecordInstantAsync(ClockKey, clock, cancellationToken);
            }
        }

        return result;
    }

    private Dhis2DataValueQuery YearQuery(ServiceVolumeRequest request) => new()
    {
        DataElements = [.. request.CodeOfUid.Keys.Order(StringComparer.Ordinal)],
        Periods = request.Months,
        OrgUnits = request.Roots,
        Children = true,
    };

    /// <summary>Null when too many facilities changed for a targeted read to pay.</summary>
    private async Task<ServiceVolumePullResult?> PullChangesAsync(ServiceVolumeRequest request, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var months = request.Months.ToHashSet(StringComparer.Ordinal);
        var touched = new HashSet<(string Period, string Unit)>();
        long read = 0;
        await foreach (var value in client.GetDataValuesAsync(YearQuery(request) with { LastUpdated = since, IncludeDeleted = true }, cancellationToken))
        {
            read++;
            if (request.InScope.Contains(value.OrgUnit) && request.CodeOfUid.ContainsKey(value.DataElement) && months.Contains(value.Period))
            {
                touched.Add((value.Period, value.OrgUnit));
            }
        }

        if (touched.Count == 0)
        {
            return new ServiceVolumePullResult(ServiceVolumePullMode.NoChange, read, 0, 0);
        }

        var units = touched.Select(t => t.Unit).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (units.Count > MaxPatchedFacilities)
        {
            return null;
        }

        var sums = new Dictionary<(string Element, string Period, string Unit), double>();
        foreach (var batch in units.Chunk(UnitsPerRequest))
        {
            var periods = touched.Where(t => batch.Contains(t.Unit, StringComparer.Ordinal)).Select(t => t.Period).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            var query = YearQuery(request) with { OrgUnits = batch, Periods = periods, Children = false };
            await foreach (var value in client.GetDataValuesAsync(query, cancellationToken))
            {
                read++;
                if (touched.Contains((value.Period, value.OrgUnit)))
                {
                    Accumulate(request, sums, value);
                }
            }
        }

        long written = 0;
        foreach (var month in touched.Select(t => t.Period).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var kept = new List<ServiceVolume>();
            await foreach (var volume in warehouse.Facts.ReadServiceVolumesAsync(month, cancellationToken))
            {
                if (!touched.Contains((month, volume.FacilityId)))
                {
                    kept.Add(volume);
                }
            }

            var ofMonth = kept.Concat(sums.Where(p => p.Key.Period == month).Select(p => new ServiceVolume(p.Key.Element, month, p.Key.Unit, p.Value)))
                .OrderBy(v => v.DataElementCode, StringComparer.Ordinal).ThenBy(v => v.FacilityId, StringComparer.Ordinal);
            written += await warehouse.Facts.ReplaceServiceVolumesAsync(month, ofMonth.ToAsyncEnumerable(), cancellationToken);
        }

        if (fingerprints is not null)
        {
            // The volumes no longer are those any full read fingerprinted: the next full read rewrites them.
            await fingerprints.RecordAsync(VolumesSubject, "patched " + Guid.NewGuid().ToString("N"), cancellationToken);
        }

        return new ServiceVolumePullResult(ServiceVolumePullMode.Changes, read, written, touched.Count);
    }

    private async Task<ServiceVolumePullResult> PullAllAsync(ServiceVolumeRequest request, CancellationToken cancellationToken)
    {
        var table = new MonthlyVolumeTable(request);
        long read = 0;
        await foreach (var value in client.GetDataValuesAsync(YearQuery(request), cancellationToken))
        {
            read++;
            table.Add(value);
        }

        var fingerprint = table.Fingerprint();
        if (fingerprints is not null && await fingerprints.MatchesLastAsync(VolumesSubject, fingerprint, cancellationToken))
        {
            // The same volumes as the warehouse holds from the last successful run: nothing to rewrite.
            await fingerprints.RecordAsync(VolumesSubject, fingerprint, cancellationToken);
            return new ServiceVolumePullResult(ServiceVolumePullMode.Full, read, table.Count, 0);
        }

        foreach (var month in request.Months)
        {
            await warehouse.Facts.ReplaceServiceVolumesAsync(month, table.OfMonth(month).ToAsyncEnumerable(), cancellationToken);
        }

        if (fingerprints is not null)
        {
            await fingerprints.RecordAsync(VolumesSubject, fingerprint, cancellationToken);
        }

        return new ServiceVolumePullResult(ServiceVolumePullMode.Full, read, table.Count, 0);
    }

    private static void Accumulate(ServiceVolumeRequest request, Dictionary<(string Element, string Period, string Unit), double> sums, Passerelle.Dhis2.Model.Dhis2DataValue value)
    {
        if (value.Deleted == true || !request.CodeOfUid.TryGetValue(value.DataElement, out var code)
            || !double.TryParse(value.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return;
        }

        var key = (code, value.Period, value.OrgUnit);
        sums[key] = sums.GetValueOrDefault(key) + number;
    }

    private static string QueryFingerprint(ServiceVolumeRequest request)
    {
        using var fingerprint = new Fingerprint();
        foreach (var (uid, code) in request.CodeOfUid.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            fingerprint.Add(uid).Add(code);
        }

        fingerprint.EndRecord();
        foreach (var part in new IEnumerable<string>[] { request.Months, request.Roots.Order(StringComparer.Ordinal), request.InScope.Order(StringComparer.Ordinal) })
        {
            foreach (var item in part)
            {
                fingerprint.Add(item);
            }

            fingerprint.EndRecord();
        }

        return fingerprint.Value();
    }
}
