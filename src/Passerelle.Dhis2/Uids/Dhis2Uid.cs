using System.Security.Cryptography;
using System.Text;

namespace Passerelle.Dhis2.Uids;

/// <summary>
/// DHIS2 identifiers: 11 characters, a letter then 10 letters or digits (<c>^[a-zA-Z][a-zA-Z0-9]{10}$</c>,
/// web-api.md §1). Passerelle derives them from stable codes, so importing the same package twice updates
/// the objects instead of duplicating them.
/// </summary>
public static class Dhis2Uid
{
    /// <summary>Namespace mixed into every hash, so our UIDs do not collide with another tool hashing the same codes.</summary>
    public const string Namespace = "passerelle";

    public const int Length = 11;

    private const string Letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private const string Alphanumerics = "0123456789" + Letters;

    /// <summary>The UID for <paramref name="code"/>: the same code always gives the same UID.</summary>
    public static string FromCode(string code)
    {
        ArgumentException.ThrowIfNullOrEmpty(code);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(Namespace + "\u001f" + code), hash);
        Span<char> uid = stackalloc char[Length];
        // Two hash bytes per character: 65,536 mod 52 or 62 leaves a bias below 0.1 %, irrelevant for identifiers.
        uid[0] = Letters[Read(hash, 0) % Letters.Length];
        for (var i = 1; i < Length; i++)
        {
            uid[i] = Alphanumerics[Read(hash, i) % Alphanumerics.Length];
        }

        return new string(uid);
    }

    /// <summary>The UID for a code within an object kind (e.g. <c>category</c> and <c>categoryCombo</c> sharing a code).</summary>
    public static string FromCode(string objectKind, string code)
    {
        ArgumentException.ThrowIfNullOrEmpty(objectKind);
        return FromCode(objectKind + ":" + code);
    }

    /// <summary>True when <paramref name="uid"/> has DHIS2's UID shape.</summary>
    public static bool IsValid(string? uid)
    {
        if (uid is null || uid.Length != Length || !char.IsAsciiLetter(uid[0]))
        {
            return false;
        }

        foreach (var c in uid.AsSpan(1))
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static int Read(ReadOnlySpan<byte> hash, int index) => (hash[2 * index] << 8) | hash[(2 * index) + 1];
}
