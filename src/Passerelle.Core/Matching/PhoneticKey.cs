using System.Text;

namespace Passerelle.Core.Matching;

/// <summary>
/// A coarse sound key for blocking, tuned for French and Wolof spellings of place names
/// (« Thiès »/« Ties », « Ndiaye »/« Ndiay », « Kaolack »/« Kaolak »): first letter kept, then
/// consonants only, with letters that sound alike merged and doubles collapsed.
/// </summary>
public static class PhoneticKey
{
    private const int MaxLength = 4;

    public static string Of(string foldedToken)
    {
        if (foldedToken.Length == 0)
        {
            return string.Empty;
        }

        var builder = new StringBuilder(MaxLength);
        builder.Append(Canonical(foldedToken[0]));
        var previous = builder[0];
        for (var i = 1; i < foldedToken.Length && builder.Length < MaxLength; i++)
        {
            var c = Canonical(foldedToken[i]);
            if (c is 'a' or 'e' or 'i' or 'o' or 'u' or 'h')
            {
                continue;
            }

            if (c != previous)
            {
                builder.Append(c);
            }

            previous = c;
        }

        return builder.ToString();
    }

    private static char Canonical(char c) => c switch
    {
        'c' or 'q' or 'k' => 'k',
        'y' => 'i',
        'z' => 's',
        'w' => 'v',
        'p' => 'b',
        'd' => 't',
        _ => c,
    };
}
