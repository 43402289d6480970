using System.Security.Cryptography;
using System.Text;

namespace Passerelle.DemoWorld.Identifiers;

/// <summary>
/// Derives DHIS2 UIDs (<c>^[a-zA-Z][a-zA-Z0-9]{10}$</c>, reference/dhis2/web-api.md §1) from a seed and a
/// stable key, so a facility keeps its UID from one run to the next. Each UID is handed out once.
/// </summary>
internal sealed class Dhis2UidFactory(string scope)
{
    private const string Letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private const string Alphanumerics = Letters + "0123456789";
    private const int Length = 11;

    private readonly HashSet<string> _issued = new(StringComparer.Ordinal);

    /// <summary>The UID of <paramref name="key"/>; another one if that was already issued for another key.</summary>
    public string For(string key)
    {
        for (var attempt = 0; ; attempt++)
        {
            var uid = Derive(attempt == 0 ? $"{scope}|{key}" : $"{scope}|{key}|{attempt}");
            if (_issued.Add(uid))
            {
                return uid;
            }
        }
    }

    public static bool IsValid(string? uid) =>
        uid is { Length: Length }
        && char.IsAsciiLetter(uid[0])
        && uid.All(char.IsAsciiLetterOrDigit);

    private static string Derive(string input)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(input), hash);
        Span<char> chars = stackalloc char[Length];
        chars[0] = Letters[hash[0] % Letters.Length];
        for (var i = 1; i < Length; i++)
        {
            chars[i] = Alphanumerics[hash[i] % Alphanumerics.Length];
        }

        return new string(chars);
    }
}
