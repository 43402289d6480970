using Passerelle.Sync.Configuration;

namespace Passerelle.Sync.Tests.Configuration;

/// <summary>One rule for every secret: the environment variable first, then the key file named in the configuration.</summary>
public sealed class SecretSourceTests : IDisposable
{
    private readonly string _file = Path.GetTempFileName();

    public void Dispose() => File.Delete(_file);

    [Fact]
    public void Resolve_EnvironmentAndFile_EnvironmentWins()
    {
        // Given a value in the environment and another in the key file
        File.WriteAllText(_file, "from-file\n");

        // When the secret is resolved
        var secret = SecretSource.Resolve(" from-environment ", _file);

        // Then the environment's value is used, trimmed
        Assert.Equal("from-environment", secret);
    }

    [Fact]
    public void Resolve_OnlyFile_ReadsTheFileTrimmed()
    {
        // Given only a key file
        File.WriteAllText(_file, "  from-file\n");

        // When the secret is resolved with the variable unset
        var secret = SecretSource.Resolve(null, _file);

        // Then the file's value is used
        Assert.Equal("from-file", secret);
    }

    [Fact]
    public void Resolve_EnvironmentSetAndFileMissing_DoesNotLookAtTheFile()
    {
        // Given a variable set and a key file named that does not exist
        var missing = _file + ".missing";

        // When the secret is resolved
        var secret = SecretSource.Resolve("from-environment", missing);

        // Then the variable is enough
        Assert.Equal("from-environment", secret);
    }

    [Fact]
    public void Resolve_EmptyFile_FailsNamingTheFile()
    {
        // Given an empty key file and no variable
        File.WriteAllText(_file, "  \n");

        // When the secret is resolved
        var error = Assert.Throws<ConfigurationException>(() => SecretSource.Resolve(null, _file));

        // Then the error names the file
        Assert.Contains(_file, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_Neither_ReturnsNull()
    {
        Assert.Null(SecretSource.Resolve("  ", null));
    }
}
