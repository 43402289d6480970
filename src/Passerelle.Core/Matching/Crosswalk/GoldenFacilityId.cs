using System.Security.Cryptography;
using System.Text;
using Passerelle.Core.Facilities;

namespace Passerelle.Core.Matching.Crosswalk;

/// <summary>
/// Golden facility ids, stable across runs: derived from the Carte sanitaire code when the facility
/// is in the registry (<c>FAC-</c> + code), else a deterministic hash of the source and its id
/// (<c>FACX-</c> + 12 base-32 characters), so the same record gets the same id every time.
/// </summary>
public static class GoldenFacilityId
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    public static string ForRegistry(string registryCode)
    {
        var cleaned = new string(registryCode.Trim().ToUpperInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
        return "FAC-" + cleaned;
    }

    public static string ForUnregistered(SourceSystem source, string sourceId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(source + ":" + sourceId.Trim()));
        var text = new StringBuilder("FACX-", 17);
        ulong bits = 0;
        var bitCount = 0;
        var index = 0;
        while (text.Length < 17)
        {
            if (bitCount < 5)
            {
                bits = (bits << 8) | hash[index++];
                bitCount += 8;
            }

            bitCount -= 5;
            text.Append(Alphabet[(int)((bits >> bitCount) & 31)]);
        }

        return text.ToString();
    }
}
