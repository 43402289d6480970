using System.Security.Cryptography;
using System.Text;

namespace Passerelle.Emulators.Dhis2.Metadata;

/// <summary>Deterministic DHIS2 uids derived from a stable key (for generated category option combos).</summary>
internal static class Uids
{
    private const string Letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private const string Alphanumerics = "0123456789" + Letters;

    public static string FromKey(string key)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        var chars = new char[11];
        chars[0] = Letters[hash[0] % Letters.Length];
        for (var i = 1; i < chars.Length; i++)
        {
            chars[i] = Alphanumerics[hash[i] % Alphanumerics.Length];
        }

        return new string(chars);
    }
}
