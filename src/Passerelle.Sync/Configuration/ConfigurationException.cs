namespace Passerelle.Sync.Configuration;

/// <summary>An unusable configuration: each problem names the key and the fix.</summary>
public sealed class ConfigurationException(string source, IReadOnlyList<string> problems)
    : Exception($"Configuration invalide / invalid configuration ({source}):{Environment.NewLine}- {string.Join(Environment.NewLine + "- ", problems)}")
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
