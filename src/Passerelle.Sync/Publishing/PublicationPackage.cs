using Passerelle.Core.Facilities;
using Passerelle.Core.Storage;
using Passerelle.Core.Workforce;
using Passerelle.Dhis2;
using Passerelle.Dhis2.Metadata;
using Passerelle.Dhis2.Pull;
using Passerelle.Sync.Pipeline;

namespace Passerelle.Sync.Publishing;

/// <summary>
/// The metadata package Passerelle publishes, built from the warehouse (facilities linked to DHIS2 and their registry
/// type) and the DHIS2 root unit — the same for <c>sync</c>, <c>push</c> and <c>dhis2 package</c>.
/// </summary>
public static class PublicationPackage
{
    /// <summary>Golden facility id → DHIS2 org unit uid, from accepted crosswalk links (a human decision wins).</summary>
    public static async Task<IReadOnlyDictionary<string, string>> Dhis2UnitsAsync(IWarehouse warehouse, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        var links = await warehouse.Crosswalk.ReadFacilityLinkTargetsAsync(SourceSystem.Dhis2, cancellationToken);
        return links
            .Where(l => l.Status.IsAccepted())
            .GroupBy(l => l.GoldenId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(l => l.Status.IsHuman()).ThenByDescending(l => l.Score).First().SourceId, StringComparer.Ordinal);
    }

    /// <summary>The package for the facilities in <paramref name="dhis2OfGolden"/>.</summary>
    public static async Task<Dhis2MetadataPackage> BuildAsync(
        IWarehouse warehouse, IReadOnlyDictionary<string, string> dhis2OfGolden, string rootUnit, Plan.AnalysisPlan? plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        ArgumentNullException.ThrowIfNull(dhis2OfGolden);
        var facilities = (await warehouse.Dimensions.ReadFacilitiesAsync(cancellationToken)).ToDictionary(f => f.GoldenId, StringComparer.Ordinal);
        var units = dhis2OfGolden
            .Where(kv => facilities.ContainsKey(kv.Key))
            .Select(kv => (kv.Value, facilities[kv.Key].Type))
            .ToList();
        return Dhis2MetadataPackageBuilder.Build(PublicationPlanFactory.Create(units, rootUnit, NationalCadres.All, plan));
    }

    /// <summary>The uid of DHIS2's level-1 unit (the country).</summary>
    public static async Task<string> RootUnitAsync(Dhis2Client client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        await foreach (var unit in client.GetOrganisationUnitsAsync(new Dhis2ListQuery { Fields = "id,level", Filters = ["level:eq:1"] }, cancellationToken))
        {
            return unit.Id;
        }

        throw new SyncStageException(Dhis2Publisher.Name, "DHIS2 n'a pas d'unité de niveau 1 / DHIS2 has no level-1 unit");
    }
}
