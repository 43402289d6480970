using Passerelle.Core.Facilities;
using Passerelle.Core.Storage;
using Passerelle.Dhis2;
using Passerelle.Dhis2.Model;
using Passerelle.Dhis2.Pull;

namespace Passerelle.Sync.Pipeline;

/// <summary>
/// Pull from DHIS2: the organisation unit tree, then the monthly service volumes the analysis plan reads
/// (consultations, deliveries, antenatal visits…) for the facilities in scope. Facilities are the units of
/// the deepest level; their region and district are read from the path (levels 2 and 3). Volumes are stored
/// under the DHIS2 uid (the analysis maps them to golden ids through the crosswalk), summed over category
/// option combos, one replacement per month.
/// </summary>
/// <param name="serviceElementCodes">Data element codes to pull (the plan's); none pulls no service data.</param>
/// <param name="referenceDate">The months of its year up to it are pulled; null pulls no service data.</param>
/// <param name="fingerprints">When given, the monthly volumes are not rewritten if they equal those the last successful run wrote.</param>
public sealed class Dhis2PullStage(
    Dhis2Client client, IWarehouse warehouse, ScopeFilter scope, IReadOnlyList<string>? serviceElementCodes = null, DateOnly? referenceDate = null,
    RunFingerprints? fingerprints = null)
{
    public const string Name = "pull.dhis2";

    private const string Fields = "id,code,name,shortName,level,path,parent[id],openingDate,closedDate,geometry";

    public async Task<StageOutcome> RunAsync(CancellationToken cancellationToken)
    {
        var info = await client.ConnectAsync(cancellationToken);
        var units = new List<Dhis2OrganisationUnit>();
        await foreach (var unit in client.GetOrganisationUnitsAsync(new Dhis2ListQuery { Fields = Fields }, cancellationToken))
        {
            units.Add(unit);
        }

        if (units.Count == 0)
        {
            throw new SyncStageException(Name, "DHIS2 ne renvoie aucune unité d'organisation : vérifiez les droits de l'utilisateur / DHIS2 returned no organisation unit: check the user's access");
        }

        var byId = units.ToDictionary(u => u.Id, StringComparer.Ordinal);
        var facilityLevel = units.Max(u => u.Level ?? 0);
        var facilities = units
            .Where(u => u.Level == facilityLevel)
            .Select(u => ToSourceFacility(u, byId))
            .Where(scope.Includes)
            .OrderBy(f => f.SourceId, StringComparer.Ordinal)
            .ToList();
        await warehouse.Staging.ReplaceSourceFacilitiesAsync(SourceSystem.Dhis2, facilities, cancellationToken);
        var roots = units.Where(u => u.Level == 1).Select(u => u.Id).ToList();
        var values = await PullServiceVolumesAsync(roots, facilities.Select(f => f.SourceId).ToHashSet(StringComparer.Ordinal), cancellationToken);
        return new StageOutcome(
            units.Count + values,
            facilities.Count + values,
            0,
            $"DHIS2 {info.Version} : {units.Count} unités lues, {facilities.Count} structures (niveau {facilityLevel}) dans le périmètre, {values} valeurs de service",
            $"DHIS2 {info.Version}: {units.Count} units read, {facilities.Count} facilities (level {facilityLevel}) in scope, {values} service values");
    }

    private async Task<int> PullServiceVolumesAsync(IReadOnlyList<string> roots, IReadOnlySet<string> inScope, CancellationToken cancellationToken)
    {
        if (serviceElementCodes is not { Count: > 0 } || referenceDate is not { } date || roots.Count == 0)
        {
            return 0;
        }

        var wanted = serviceElementCodes.ToHashSet(StringComparer.Ordinal);
        var codeOfUid = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var element in client.GetDataElementsAsync(new Dhis2ListQuery { Fields = "id,code" }, cancellationToken))
        {
            if (element.Code is { } code && wanted.Contains(code))
            {
                codeOfUid[element.Id] = code;
            }
        }

        if (codeOfUid.Count == 0)
        {
            return 0;
        }

        var months = Analysis.ServiceYear.MonthsUpTo(date);
        var sums = new Dictionary<(string Element, string Period, string Unit), double>();
        var query = new Dhis2DataValueQuery { DataElements = [.. codeOfUid.Keys.Order(StringComparer.Ordinal)], Periods = months, OrgUnits = roots, Children = true };
        await foreach (var value in client.GetDataValuesAsync(query, cancellationToken))
        {
            if (value.Deleted == true || !inScope.Contains(value.OrgUnit) || !codeOfUid.TryGetValue(value.DataElement, out var code)
                || !double.TryParse(value.Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number))
            {
                continue;
            }

            var key = (code, value.Period, value.OrgUnit);
            sums[key] = sums.GetValueOrDefault(key) + number;
        }

        var subject = $"{Name} volumes";
        var fingerprint = VolumesFingerprint(months, sums);
        if (fingerprints is not null && await fingerprints.MatchesLastAsync(subject, fingerprint, cancellationToken))
        {
            // The same volumes as the warehouse holds from the last successful run: nothing to rewrite.
            await fingerprints.RecordAsync(subject, fingerprint, cancellationToken);
            return sums.Count;
        }

        foreach (var month in months)
        {
            var ofMonth = sums.Where(p => p.Key.Period == month)
                .Select(p => new ServiceVolume(p.Key.Element, month, p.Key.Unit, p.Value))
                .OrderBy(v => v.DataElementCode, StringComparer.Ordinal).ThenBy(v => v.FacilityId, StringComparer.Ordinal);
            await warehouse.Facts.ReplaceServiceVolumesAsync(month, ofMonth.ToAsyncEnumerable(), cancellationToken);
        }

        if (fingerprints is not null)
        {
            await fingerprints.RecordAsync(subject, fingerprint, cancellationToken);
        }

        return sums.Count;
    }

    private static string VolumesFingerprint(IReadOnlyList<string> months, Dictionary<(string Element, string Period, string Unit), double> sums)
    {
        using var fingerprint = new Fingerprint();
        foreach (var month in months)
        {
            fingerprint.Add(month);
        }

        fingerprint.EndRecord();
        foreach (var (key, value) in sums.OrderBy(p => p.Key.Period, StringComparer.Ordinal).ThenBy(p => p.Key.Element, StringComparer.Ordinal).ThenBy(p => p.Key.Unit, StringComparer.Ordinal))
        {
            fingerprint.Add(key.Element).Add(key.Period).Add(key.Unit).Add(value).EndRecord();
        }

        return fingerprint.Value();
    }

    private static SourceFacility ToSourceFacility(Dhis2OrganisationUnit unit, IReadOnlyDictionary<string, Dhis2OrganisationUnit> byId)
    {
        string? NameAtLevel(int level) =>
            unit.AncestorIds.Select(id => byId.GetValueOrDefault(id)).FirstOrDefault(a => a?.Level == level)?.Name;

        var codes = new Dictionary<string, string>(StringComparer.Ordinal) { [FacilityCodeKinds.Dhis2Uid] = unit.Id };
        if (!string.IsNullOrWhiteSpace(unit.Code))
        {
            codes[FacilityCodeKinds.Registry] = unit.Code;
        }

        return new SourceFacility(
            SourceSystem.Dhis2,
            unit.Id,
            unit.Name ?? unit.ShortName ?? unit.Id,
            null,
            FacilityType.Unknown,
            NameAtLevel(2),
            NameAtLevel(3),
            unit.Geometry?.AsPoint(),
            codes);
    }
}
