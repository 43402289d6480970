using System.Security.Cryptography;
using System.Text;

namespace Passerelle.Core.Privacy;

/// <summary>
/// Turns a worker's source identifier into a stable pseudonym with a keyed HMAC-SHA256, so the same
/// worker gets the same pseudonym across runs and sources, and nobody without the key can go back.
/// </summary>
public sealed class Pseudonymizer
{
    /// <summary>Shortest key accepted, in bytes.</summary>
    public const int MinimumKeyBytes = 16;

    private readonly byte[] _key;

    public Pseudonymizer(ReadOnlySpan<byte> key)
    {
        if (key.Length < MinimumKeyBytes)
        {
            throw new ArgumentException(
                $"La clé de pseudonymisation doit faire au moins {MinimumKeyBytes} octets / the pseudonym key must be at least {MinimumKeyBytes} bytes.",
                nameof(key));
        }

        _key = key.ToArray();
    }

    /// <summary>Pseudonym of <paramref name="sourceId"/> within <paramref name="sourceSystem"/>, as 32 hex characters.</summary>
    public string Pseudonymize(string sourceSystem, string sourceId)
    {
        var input = Encoding.UTF8.GetBytes($"{sourceSystem}\u001f{sourceId}");
        Span<byte> hash = stackalloc byte[32];
        HMACSHA256.HashData(_key, input, hash);
        return Convert.ToHexStringLower(hash[..16]);
    }
}
