using Passerelle.DemoWorld.Model;

namespace Passerelle.Emulators.Ihris.Worlds;

/// <summary>Fills an emulator store with a world: the generated demo world, or the real iHRIS demo bundles.</summary>
public static class IhrisWorlds
{
    /// <summary>Loads the demo world's iHRIS view: locations, the job, cadre and employment status
    /// CodeSystems, practitioners (with their personal data) and practitioner roles.</summary>
    public static void LoadDemoWorld(IhrisFhirStore store, DemoWorldModel world, IhrisQuirks quirks)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(world);

        var locations = world.IhrisLocations.ToDictionary(l => l.Id, StringComparer.Ordinal);
        foreach (var location in world.IhrisLocations)
        {
            store.Put(DemoWorldLocations.ToLocation(location, quirks, DemoWorldLocations.Ancestry(location.Id, locations)));
        }

        store.Put(DemoWorldTerminology.JobCodeSystem(world.Jobs, quirks));
        store.Put(DemoWorldTerminology.CadreCodeSystem(world.Jobs));
        store.Put(DemoWorldTerminology.EmploymentStatusCodeSystem());

        var jobs = world.Jobs.GroupBy(j => j.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var roleAncestry = world.Roles.ToDictionary(
            r => r.Id,
            r => r.LocationId is { Length: > 0 } id ? DemoWorldLocations.Ancestry(id, locations) : (IReadOnlyList<string>)[],
            StringComparer.Ordinal);
        var workerLocations = world.Roles
            .GroupBy(r => r.WorkerId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.SelectMany(r => roleAncestry[r.Id]).Distinct().ToList(), StringComparer.Ordinal);

        foreach (var worker in world.Workers)
        {
            store.Put(DemoWorldWorkforce.ToPractitioner(worker, quirks, workerLocations.GetValueOrDefault(worker.Id) ?? []));
        }

        foreach (var role in world.Roles)
        {
            store.Put(DemoWorldWorkforce.ToPractitionerRole(role, jobs, quirks, roleAncestry[role.Id]));
        }
    }
}
