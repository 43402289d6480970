using System.Text;
using Passerelle.Core.Privacy;

namespace Passerelle.Ihris.Privacy;

/// <summary>
/// Finds the secret key of the worker pseudonyms: the <c>PASSERELLE_PSEUDONYM_KEY</c> environment
/// variable (base64, or plain text of at least 16 bytes), else a key file, else — in demo mode only —
/// a fixed, public demo key. Without any of them Passerelle refuses to read personal data.
/// </summary>
public static class PseudonymKeyLoader
{
    public const string EnvironmentVariable = "PASSERELLE_PSEUDONYM_KEY";

    /// <summary>The demo key. Public on purpose: pseudonyms made with it protect nothing.</summary>
    public const string DemoKeyText = "passerelle-demo-pseudonym-key-not-a-secret";

    /// <summary>Reads the key from the process environment, then <paramref name="keyFilePath"/>, then the demo key.</summary>
    public static Pseudonymizer FromEnvironment(string? keyFilePath, bool demoMode) =>
        Load(Environment.GetEnvironmentVariable(EnvironmentVariable), keyFilePath, demoMode);

    public static Pseudonymizer Load(string? environmentValue, string? keyFilePath, bool demoMode)
    {
        if (!string.IsNullOrWhiteSpace(environmentValue))
        {
            return new Pseudonymizer(Decode(environmentValue, $"la variable / the variable {EnvironmentVariable}"));
        }

        if (!string.IsNullOrWhiteSpace(keyFilePath))
        {
            if (!File.Exists(keyFilePath))
            {
                throw new IhrisSourceException(
                    $"Fichier de clé de pseudonymisation introuvable / pseudonym key file not found: {keyFilePath}");
            }

            return new Pseudonymizer(Decode(File.ReadAllText(keyFilePath), $"le fichier / the file {keyFilePath}"));
        }

        if (demoMode)
        {
            return new Pseudonymizer(Encoding.UTF8.GetBytes(DemoKeyText));
        }

        throw new IhrisSourceException(
            $"Aucune clé de pseudonymisation : définissez {EnvironmentVariable} (au moins 16 octets, par ex. "
            + "« openssl rand -base64 32 ») ou indiquez un fichier de clé ; sans clé, aucune donnée iHRIS n'est lue. / "
            + $"No pseudonym key: set {EnvironmentVariable} (at least 16 bytes, e.g. `openssl rand -base64 32`) "
            + "or give a key file; without a key no iHRIS data is read.");
    }

    private static byte[] Decode(string value, string where)
    {
        var text = value.Trim();
        var buffer = new byte[text.Length];
        var bytes = Convert.TryFromBase64String(text, buffer, out var written) && written >= Pseudonymizer.MinimumKeyBytes
            ? buffer[..written]
            : Encoding.UTF8.GetBytes(text);
        if (bytes.Length < Pseudonymizer.MinimumKeyBytes)
        {
            throw new IhrisSourceException(
                $"Clé de pseudonymisation trop courte dans {where} : {bytes.Length} octets, il en faut au moins {Pseudonymizer.MinimumKeyBytes} / "
                + $"pseudonym key too short in {where}: {bytes.Length} bytes, at least {Pseudonymizer.MinimumKeyBytes} needed");
        }

        return bytes;
    }
}
