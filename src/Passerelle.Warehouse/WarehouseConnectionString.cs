using System.Text.RegularExpressions;

namespace Passerelle.Warehouse;

/// <summary>
/// Reads a warehouse connection string: <c>Host=…</c> (any Npgsql string) means PostgreSQL; a file path
/// or <c>DataSource=…</c> / <c>Data Source=…</c> means a DuckDB file, with an optional <c>Memory Limit=…</c>
/// (<c>DataSource=entrepot.duckdb;Memory Limit=1GB</c>) for DuckDB's own memory.
/// </summary>
/// <param name="DuckDbMemoryLimit">What DuckDB may keep in memory (<c>512MB</c>, <c>2GB</c>…); null for <see cref="DefaultDuckDbMemoryLimit"/>.</param>
public sealed partial record WarehouseConnectionString(WarehouseEngine Engine, string ProviderConnectionString, string? DuckDbPath, string? DuckDbMemoryLimit = null)
{
    /// <summary>
    /// DuckDB's memory limit unless the connection string gives one. Passerelle does its heavy work in .NET; DuckDB mostly
    /// keeps table blocks it has read, which it reads again from the file (and the system's cache) when evicted, and spills
    /// what a query needs beyond this to a temporary folder beside the file. Left to DuckDB (80 % of the machine's memory),
    /// a continent's sync kept some 250 MiB more (docs/performance.md).
    /// </summary>
    public const string DefaultDuckDbMemoryLimit = "200MB";

    public static WarehouseConnectionString Parse(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var text = connectionString.Trim();
        var settings = ReadSettings(text);
        if (settings.ContainsKey("host") || settings.ContainsKey("server"))
        {
            return new WarehouseConnectionString(WarehouseEngine.PostgreSql, text, null);
        }

        var path = settings.TryGetValue("datasource", out var dataSource) ? dataSource
            : settings.Count == 0 ? text
            : throw new FormatException(
                "Chaîne de connexion de l'entrepôt non reconnue / unrecognised warehouse connection string: " +
                "use 'Host=…' for PostgreSQL, or a file path or 'DataSource=…' for DuckDB.");
        if (path.Length == 0 || path.Equals(":memory:", StringComparison.OrdinalIgnoreCase))
        {
            throw new FormatException(
                "L'entrepôt DuckDB doit être un fichier / the DuckDB warehouse must be a file path, not in-memory.");
        }

        var fullPath = Path.GetFullPath(path);
        string? memoryLimit = null;
        if (settings.TryGetValue("memorylimit", out var limit) || settings.TryGetValue("memory_limit", out limit))
        {
            memoryLimit = MemorySize().IsMatch(limit) ? limit.Replace(" ", string.Empty, StringComparison.Ordinal) : throw new FormatException(
                $"Limite de mémoire DuckDB illisible / unreadable DuckDB memory limit '{limit}': " +
                "un nombre et une unité / a number and a unit (KB, MB, GB, TB, KiB, MiB, GiB, TiB), e.g. 'Memory Limit=1GB'.");
        }

        return new WarehouseConnectionString(WarehouseEngine.DuckDb, $"DataSource={fullPath}", fullPath, memoryLimit);
    }

    [GeneratedRegex(@"^\s*\d+(\.\d+)?\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MemorySize();

    /// <summary>Key=value pairs with keys lower-cased and spaces removed; empty when the text is a bare path.</summary>
    private static Dictionary<string, string> ReadSettings(string text)
    {
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                // A bare path (which may itself contain '=' only after a separator) is not key=value.
                return [];
            }

            var key = part[..equals].Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
            if (key.Contains('/', StringComparison.Ordinal) || key.Contains('\\', StringComparison.Ordinal))
            {
                return [];
            }

            settings[key] = part[(equals + 1)..].Trim();
        }

        return settings;
    }
}
