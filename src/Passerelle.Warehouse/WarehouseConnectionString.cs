namespace Passerelle.Warehouse;

/// <summary>
/// Reads a warehouse connection string: <c>Host=…</c> (any Npgsql string) means PostgreSQL; a file path
/// or <c>DataSource=…</c> / <c>Data Source=…</c> means a DuckDB file.
/// </summary>
public sealed record WarehouseConnectionString(WarehouseEngine Engine, string ProviderConnectionString, string? DuckDbPath)
{
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
        return new WarehouseConnectionString(WarehouseEngine.DuckDb, $"DataSource={fullPath}", fullPath);
    }

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
