using System.Text;
using Passerelle.DemoWorld.Model;
using Passerelle.DemoWorld.Naming;

namespace Passerelle.DemoWorld.Tests.Generation;

/// <summary>Each facility of the truth beside its record in each system (null where the system lacks it).</summary>
internal sealed record SystemViews(DemoFacility Truth, RegistryRecord? Registry, Dhis2OrgUnitRecord? OrgUnit, IhrisLocationRecord? Ihris)
{
    public static List<SystemViews> Of(DemoWorldModel world)
    {
        var registry = world.Registry.ToDictionary(r => r.Code);
        var orgUnits = world.OrgUnits.ToDictionary(o => o.Uid);
        var locations = world.IhrisLocations.ToDictionary(l => l.Id);
        return world.Facilities.Select(f => new SystemViews(
                f,
                f.RegistryCode is null ? null : registry[f.RegistryCode],
                f.Dhis2Uid is null ? null : orgUnits[f.Dhis2Uid],
                f.IhrisLocationId is null ? null : locations[f.IhrisLocationId]))
            .ToList();
    }

    /// <summary>Lower case, no accents, words only: what a name means once its spelling is set aside.</summary>
    public static string Key(string name)
    {
        var builder = new StringBuilder();
        foreach (var c in NameVariants.DropAccents(name).ToLowerInvariant())
        {
            builder.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }

        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    public static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
