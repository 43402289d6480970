using System.Globalization;
using System.Reflection;

namespace Passerelle.Warehouse.Migrations;

/// <summary>
/// One numbered schema version: a script both engines run (<c>NNNN_name.sql</c>) and/or scripts only
/// one engine runs (<c>NNNN_name.duckdb.sql</c>, <c>NNNN_name.postgres.sql</c>). Scripts are embedded
/// resources, written once and never edited after release: a change is a new number.
/// </summary>
internal sealed record Migration(int Version, string Name, string? SharedScript, IReadOnlyDictionary<string, string> EngineScripts)
{
    private const string ResourcePrefix = "Passerelle.Warehouse.Migrations.";

    public static IReadOnlyList<Migration> All { get; } = Load(typeof(Migration).Assembly);

    public IEnumerable<string> ScriptsFor(string engineSuffix)
    {
        if (SharedScript is not null)
        {
            yield return SharedScript;
        }

        if (EngineScripts.TryGetValue(engineSuffix, out var script))
        {
            yield return script;
        }
    }

    private static List<Migration> Load(Assembly assembly)
    {
        var files = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => (Resource: n, File: ParseName(n[ResourcePrefix.Length..^".sql".Length])))
            .ToList();

        return files
            .GroupBy(f => f.File.Version)
            .OrderBy(g => g.Key)
            .Select(g => new Migration(
                g.Key,
                g.First().File.Name,
                g.Where(f => f.File.Engine is null).Select(f => Read(assembly, f.Resource)).SingleOrDefault(),
                g.Where(f => f.File.Engine is not null).ToDictionary(f => f.File.Engine!, f => Read(assembly, f.Resource), StringComparer.Ordinal)))
            .ToList();
    }

    private static (int Version, string Name, string? Engine) ParseName(string fileName)
    {
        var underscore = fileName.IndexOf('_', StringComparison.Ordinal);
        var version = int.Parse(fileName[..underscore], NumberStyles.None, CultureInfo.InvariantCulture);
        var rest = fileName[(underscore + 1)..];
        var dot = rest.LastIndexOf('.');
        return dot < 0 ? (version, rest, null) : (version, rest[..dot], rest[(dot + 1)..]);
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Missing migration resource {resource}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
