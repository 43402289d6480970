using Passerelle.Core.Facilities;
using Passerelle.Core.Storage;
using Passerelle.Dhis2;
using Passerelle.Dhis2.Model;
using Passerelle.Dhis2.Pull;

namespace Passerelle.Sync.Pipeline;

/// <summary>
/// Pull from DHIS2: the organisation unit tree. Facilities are the units of the deepest level; their
/// region and district are read from the path (levels 2 and 3).
/// </summary>
public sealed class Dhis2PullStage(Dhis2Client client, IWarehouse warehouse, ScopeFilter scope)
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
        return new StageOutcome(
            units.Count,
            facilities.Count,
            0,
            $"DHIS2 {info.Version} : {units.Count} unités lues, {facilities.Count} structures (niveau {facilityLevel}) dans le périmètre",
            $"DHIS2 {info.Version}: {units.Count} units read, {facilities.Count} facilities (level {facilityLevel}) in scope");
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
