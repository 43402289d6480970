using System.Reflection;
using System.Text.Json.Nodes;

namespace Passerelle.Emulators.Ihris.Worlds;

/// <summary>
/// The "ihris-demo" world: iHRIS 5's own demo data (country Taifafeki: 1,007 practitioners, 1,008
/// roles, 15 facilities) and its terminology, loaded as iHRIS loads it, by applying each transaction
/// Bundle entry as a PUT (reference/ihris/ihris.md §2.12). Served as it is, quirks included.
/// </summary>
public static class IhrisDemoWorld
{
    private const string Prefix = "Passerelle.Emulators.Ihris.Worlds.IhrisDemo.";

    private static readonly string[] BundleOrder =
        ["bundle-Country.json", "bundle-Region.json", "bundle-District.json", "bundle-Facility.json", "bundle-Practitioner.json", "bundle-PractitionerRole.json"];

    /// <summary>Puts every resource of the demo bundles and every terminology resource into the store.</summary>
    /// <returns>How many resources were stored.</returns>
    public static int Load(IhrisFhirStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var assembly = typeof(IhrisDemoWorld).Assembly;
        var count = 0;
        foreach (var bundleName in BundleOrder)
        {
            var bundle = Read(assembly, bundleName);
            foreach (var entry in bundle["entry"]?.AsArray().OfType<JsonObject>() ?? [])
            {
                if ((string?)entry["request"]?["method"] == "PUT" && entry["resource"] is JsonObject resource)
                {
                    store.Put(resource);
                    count++;
                }
            }
        }

        var terminology = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix + "CodeSystem-", StringComparison.Ordinal) || n.StartsWith(Prefix + "ValueSet-", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        foreach (var name in terminology)
        {
            store.Put(Read(assembly, name[Prefix.Length..]));
            count++;
        }

        return count;
    }

    private static JsonObject Read(Assembly assembly, string fileName)
    {
        using var stream = assembly.GetManifestResourceStream(Prefix + fileName)
            ?? throw new InvalidOperationException($"Ressource intégrée absente / embedded resource missing: {Prefix + fileName}");
        return JsonNode.Parse(stream)?.AsObject()
            ?? throw new InvalidOperationException($"Ressource intégrée vide / embedded resource empty: {fileName}");
    }
}
