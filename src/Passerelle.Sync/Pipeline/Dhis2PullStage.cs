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
/// <param name="fingerprints">When given, only the values DHIS2 changed since the last successful pull are asked for, when it can
/// say so, and the volumes are not rewritten if they equal those the last successful run wrote (see <see cref="ServiceVolumePull"/>).</param>
public sealed class Dhis2PullStage(
    Dhis2Client client, IWarehouse warehouse, ScopeFilter scope, IReadOnlyList<string>? serviceElementCodes = null, DateOnly? referenceDate = null,
    RunFingerprints? fingerprints = null)
{
    public const string Name = "pull.dhis2";

    private const string Fields = "id,code,name,shortName,level,path,parent[id],openingDate,closedDate,geometry";

    private const string TreeSubject = "pull.dhis2 tree";

    public async Task<StageOutcome> RunAsync(CancellationToken cancellationToken)
    {
        var info = await client.ConnectAsync(cancellationToken);
        var (unitCount, facilityLevel, roots, facilities, kept) = await PullFacilitiesAsync(cancellationToken);
        var volumes = await PullServiceVolumesAsync(roots, facilities.Select(f => f.SourceId).ToHashSet(StringComparer.Ordinal), info.ServerDate, cancellationToken);
        VolumePull = volumes;
        var (french, english) = volumes switch
        {
            null => ("aucune valeur de service demandée", "no service value asked for"),
            { Mode: ServiceVolumePullMode.NoChange } => (
                $"valeurs de service : aucune modifiée depuis le dernier passage ({volumes.Read} relues)",
                $"service values: none changed since the last pull ({volumes.Read} read again)"),
            { Mode: ServiceVolumePullMode.Changes } => (
                $"valeurs de service : {volumes.Touched} mois-structures modifiés relus ({volumes.Read} valeurs)",
                $"service values: {volumes.Touched} changed facility-months read again ({volumes.Read} values)"),
            _ => ($"{volumes.Read} valeurs de service lues", $"{volumes.Read} service values read"),
        };
        return new StageOutcome(
            unitCount + (volumes?.Read ?? 0),
            (kept ? 0 : facilities.Count) + (volumes?.Volumes ?? 0),
            0,
            $"DHIS2 {info.Version} : {unitCount} unités lues{(kept ? " (inchangées depuis le dernier passage réussi)" : "")}, {facilities.Count} structures (niveau {facilityLevel}) dans le périmètre, {french}",
            $"DHIS2 {info.Version}: {unitCount} units read{(kept ? " (unchanged since the last successful run)" : "")}, {facilities.Count} facilities (level {facilityLevel}) in scope, {english}");
    }

    /// <summary>
    /// The org unit tree, and the facilities in scope staged. Each unit's id, level, path and lastUpdated are read first (a few
    /// bytes each); when they and the scope are what the last successful run saw, the staged facilities are kept and the names,
    /// codes and geometries are not read again.
    /// </summary>
    private async Task<(int Units, int FacilityLevel, List<string> Roots, List<SourceFacility> Facilities, bool Kept)> PullFacilitiesAsync(CancellationToken cancellationToken)
    {
        var outline = new List<Dhis2OrganisationUnit>();
        await foreach (var unit in client.GetOrganisationUnitsAsync(new Dhis2ListQuery { Fields = "id,level,path,lastUpdated" }, cancellationToken))
        {
            outline.Add(unit);
        }

        if (outline.Count == 0)
        {
            throw new SyncStageException(Name, "DHIS2 ne renvoie aucune unité d'organisation : vérifiez les droits de l'utilisateur / DHIS2 returned no organisation unit: check the user's access");
        }

        var facilityLevel = outline.Max(u => u.Level ?? 0);
        var roots = outline.Where(u => u.Level == 1).Select(u => u.Id).Order(StringComparer.Ordinal).ToList();
        var fingerprint = fingerprints is null ? null : TreeFingerprint(outline);
        if (fingerprint is not null && await fingerprints!.MatchesLastAsync(TreeSubject, fingerprint, cancellationToken))
        {
            var staged = new List<SourceFacility>();
            await foreach (var facility in warehouse.Staging.ReadSourceFacilitiesAsync(SourceSystem.Dhis2, cancellationToken))
            {
                staged.Add(facility);
            }

            await fingerprints.RecordAsync(TreeSubject, fingerprint, cancellationToken);
            return (outline.Count, facilityLevel, roots, staged, true);
        }

        var units = new List<Dhis2OrganisationUnit>();
        await foreach (var unit in client.GetOrganisationUnitsAsync(new Dhis2ListQuery { Fields = Fields }, cancellationToken))
        {
            units.Add(unit);
        }

        var byId = units.ToDictionary(u => u.Id, StringComparer.Ordinal);
        facilityLevel = units.Count > 0 ? units.Max(u => u.Level ?? 0) : facilityLevel;
        var facilities = units
            .Where(u => u.Level == facilityLevel)
            .Select(u => ToSourceFacility(u, byId))
            .Where(scope.Includes)
            .OrderBy(f => f.SourceId, StringComparer.Ordinal)
            .ToList();
        await warehouse.Staging.ReplaceSourceFacilitiesAsync(SourceSystem.Dhis2, facilities, cancellationToken);
        if (fingerprint is not null)
        {
            await fingerprints!.RecordAsync(TreeSubject, fingerprint, cancellationToken);
        }

        return (units.Count, facilityLevel, [.. units.Where(u => u.Level == 1).Select(u => u.Id).Order(StringComparer.Ordinal)], facilities, false);
    }

    private string TreeFingerprint(List<Dhis2OrganisationUnit> outline)
    {
        using var fingerprint = new Fingerprint();
        foreach (var region in scope.RegionCodes.Order(StringComparer.OrdinalIgnoreCase))
        {
            fingerprint.Add(region.ToUpperInvariant());
        }

        fingerprint.Add(Fields).EndRecord();
        foreach (var unit in outline.OrderBy(u => u.Id, StringComparer.Ordinal))
        {
            fingerprint.Add(unit.Id).Add(unit.Level).Add(unit.Path).Add(unit.LastUpdated?.ToString("O", System.Globalization.CultureInfo.InvariantCulture)).EndRecord();
        }

        return fingerprint.Value();
    }

    /// <summary>How the last run brought the service volumes up to date; null when none were asked for.</summary>
    public ServiceVolumePullResult? VolumePull { get; private set; }

    private async Task<ServiceVolumePullResult?> PullServiceVolumesAsync(
        IReadOnlyList<string> roots, IReadOnlySet<string> inScope, DateTimeOffset? serverClock, CancellationToken cancellationToken)
    {
        if (serviceElementCodes is not { Count: > 0 } || referenceDate is not { } date || roots.Count == 0)
        {
            return null;
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
            return null;
        }

        var request = new ServiceVolumeRequest(codeOfUid, Analysis.ServiceYear.MonthsUpTo(date), roots, inScope);
        return await new ServiceVolumePull(client, warehouse, fingerprints).RunAsync(request, serverClock, cancellationToken);
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
