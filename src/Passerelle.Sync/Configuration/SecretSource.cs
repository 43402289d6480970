namespace Passerelle.Sync.Configuration;

/// <summary>
/// Reads a secret from a key file or an environment variable. The value is never logged, printed or
/// put in an exception message; errors name only where it was looked for.
/// </summary>
public static class SecretSource
{
    /// <summary>The secret from <paramref name="file"/> when set, else from <paramref name="environmentVariable"/>, else null.</summary>
    public static string? Read(string? file, string environmentVariable)
    {
        if (!string.IsNullOrWhiteSpace(file))
        {
            if (!File.Exists(file))
            {
                throw new ConfigurationException(file, [$"fichier de secret introuvable / secret file not found: {file}"]);
            }

            var value = File.ReadAllText(file).Trim();
            return value.Length == 0
                ? throw new ConfigurationException(file, [$"fichier de secret vide / secret file is empty: {file}"])
                : value;
        }

        var fromEnvironment = Environment.GetEnvironmentVariable(environmentVariable);
        return string.IsNullOrWhiteSpace(fromEnvironment) ? null : fromEnvironment.Trim();
    }
}
