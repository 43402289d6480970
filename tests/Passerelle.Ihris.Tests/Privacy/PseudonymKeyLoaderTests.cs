using System.Text;
using Passerelle.Core.Privacy;
using Passerelle.Ihris.Privacy;

namespace Passerelle.Ihris.Tests.Privacy;

public sealed class PseudonymKeyLoaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("passerelle-key-").FullName;

    [Fact]
    public void Load_NoKeyOutsideDemo_RefusesAndSaysHowToSetOne()
    {
        // Given no variable, no key file and no demo mode
        // When the key is loaded, then it refuses, in French and English, naming the variable
        var error = Assert.Throws<IhrisSourceException>(() => PseudonymKeyLoader.Load(null, null, demoMode: false));
        Assert.StartsWith("Aucune clé de pseudonymisation : définissez PASSERELLE_PSEUDONYM_KEY", error.Message, StringComparison.Ordinal);
        Assert.Contains("No pseudonym key: set PASSERELLE_PSEUDONYM_KEY", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_Base64Variable_UsesDecodedBytes()
    {
        // Given a 32-byte key written in base64
        var key = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();

        // When it is loaded
        var pseudonymizer = PseudonymKeyLoader.Load(Convert.ToBase64String(key), null, demoMode: false);

        // Then it pseudonymises as the raw key does
        Assert.Equal(new Pseudonymizer(key).Pseudonymize("ihris", "P1"), pseudonymizer.Pseudonymize("ihris", "P1"));
    }

    [Fact]
    public void Load_TextVariable_UsesItsUtf8Bytes()
    {
        // Given a passphrase that is not base64
        const string passphrase = "une phrase secrète du ministère";

        // When it is loaded
        var pseudonymizer = PseudonymKeyLoader.Load(passphrase, null, demoMode: false);

        // Then the key is its UTF-8 text
        Assert.Equal(new Pseudonymizer(Encoding.UTF8.GetBytes(passphrase)).Pseudonymize("ihris", "P1"), pseudonymizer.Pseudonymize("ihris", "P1"));
    }

    [Fact]
    public void Load_ShortVariable_RefusesWithLength()
    {
        // Given a 6-byte key, when it is loaded, then it is refused with its length
        var error = Assert.Throws<IhrisSourceException>(() => PseudonymKeyLoader.Load("abc123", null, demoMode: false));
        Assert.Contains("trop courte", error.Message, StringComparison.Ordinal);
        Assert.Contains("6 bytes, at least 16 needed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_KeyFile_UsedWhenNoVariable()
    {
        // Given a key file and no variable
        var path = Path.Combine(_folder, "pseudonym.key");
        File.WriteAllText(path, "clé-de-fichier-assez-longue\n");

        // When the key is loaded
        var pseudonymizer = PseudonymKeyLoader.Load(null, path, demoMode: false);

        // Then the file's trimmed text is the key
        Assert.Equal(new Pseudonymizer(Encoding.UTF8.GetBytes("clé-de-fichier-assez-longue")).Pseudonymize("ihris", "P1"), pseudonymizer.Pseudonymize("ihris", "P1"));
    }

    [Fact]
    public void Load_VariableAndKeyFile_VariableWins()
    {
        // Given a key in the variable and another in a key file (the same order as every other secret)
        var path = Path.Combine(_folder, "pseudonym.key");
        File.WriteAllText(path, "clé-de-fichier-assez-longue\n");

        // When the key is loaded
        var pseudonymizer = PseudonymKeyLoader.Load("clé-de-variable-assez-longue", path, demoMode: false);

        // Then the variable's key is used
        Assert.Equal(new Pseudonymizer(Encoding.UTF8.GetBytes("clé-de-variable-assez-longue")).Pseudonymize("ihris", "P1"), pseudonymizer.Pseudonymize("ihris", "P1"));
    }

    [Fact]
    public void Load_MissingKeyFile_NamesThePath()
    {
        // Given a key file path with no file, when the key is loaded, then the error names it
        var path = Path.Combine(_folder, "absent.key");
        var error = Assert.Throws<IhrisSourceException>(() => PseudonymKeyLoader.Load(null, path, demoMode: false));
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DemoModeWithoutKey_UsesTheFixedDemoKey()
    {
        // Given demo mode and no key, when the key is loaded, then the public demo key is used
        var pseudonymizer = PseudonymKeyLoader.Load(null, null, demoMode: true);
        Assert.Equal(new Pseudonymizer(Encoding.UTF8.GetBytes(PseudonymKeyLoader.DemoKeyText)).Pseudonymize("ihris", "P1"), pseudonymizer.Pseudonymize("ihris", "P1"));
    }

    [Fact]
    public void Load_DemoModeWithVariable_PrefersTheVariable()
    {
        // Given demo mode but a real key in the variable, when loaded, then the real key wins
        var pseudonymizer = PseudonymKeyLoader.Load("a-real-key-of-enough-length", null, demoMode: true);
        Assert.NotEqual(PseudonymKeyLoader.Load(null, null, demoMode: true).Pseudonymize("ihris", "P1"), pseudonymizer.Pseudonymize("ihris", "P1"));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
