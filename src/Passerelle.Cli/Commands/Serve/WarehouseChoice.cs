using Passerelle.Sync.Configuration;

namespace Passerelle.Cli.Commands.Serve;

/// <summary>Which warehouse a command opens: <c>--warehouse</c>, else the one in <c>--config</c> (default <c>passerelle.yaml</c>).</summary>
internal static class WarehouseChoice
{
    /// <returns>The connection string and the configuration file used (null when none).</returns>
    /// <exception cref="ConfigurationException">When neither gives a warehouse.</exception>
    public static (string Warehouse, string? ConfigFile) Resolve(string? warehouse, string? configFile)
    {
        var file = configFile ?? (File.Exists("passerelle.yaml") ? "passerelle.yaml" : null);
        if (warehouse is { Length: > 0 })
        {
            return (warehouse, file is not null && File.Exists(file) ? Path.GetFullPath(file) : null);
        }

        if (file is null)
        {
            throw new ConfigurationException(
                "ligne de commande / command line",
                ["aucun entrepôt : donnez --warehouse FICHIER|Host=… ou --config passerelle.yaml / no warehouse: pass --warehouse or --config"]);
        }

        var config = ConfigLoader.Load(file);
        return (config.Warehouse, Path.GetFullPath(file));
    }
}
