namespace Passerelle.Sync.Configuration;

/// <summary>
/// Reads a secret. The same rule for every secret Passerelle uses (DHIS2 password and token, iHRIS
/// passwords, pseudonym key): the environment variable first, then the key file named in the
/// configuration, else none. The value is never logged, printed or put in an exception message;
/// errors name only where it was looked for.
/// </summary>
public static class SecretSource
{
    /// <summary>The secret from <paramref name="environmentVariable"/> when set, else from <paramref name="file"/> when named, else null.</summary>
    public static string? Read(string? file, string environmentVariable) =>
        Resolve(Environment.GetEnvironmentVariable(environmentVariable), file);

    /// <summary>The rule itself, on a value already taken from the environment (testable without touching the process).</summary>
    public static string? Resolve(string? environmentValue, string? file)
    {
        if (!string.IsNullOrWhiteSpace(environmentValue))
        {
            return environmentValue.Trim();
        }

        if (string.IsNullOrWhiteSpace(file))
        {
            return null;
        }

        if (!File.Exists(file))
        {
            throw new ConfigurationException(file, [$"fichier de secret introuvable / secret file not found: {file}"]);
        }

        var value = File.ReadAllText(file).Trim();
        return value.Length == 0
            ? throw new ConfigurationException(file, [$"fichier de secret vide / secret file is empty: {file}"])
            : value;
    }
}
