namespace Passerelle.Core.Matching;

/// <summary>
/// String and token similarities, all symmetric and in [0, 1]: Jaro–Winkler, character trigrams
/// (Dice), token-set Jaccard and a symmetric Monge–Elkan over tokens.
/// </summary>
public static class StringSimilarity
{
    private const double WinklerScale = 0.1;
    private const int WinklerMaxPrefix = 4;
    private const double AbbreviationScore = 0.88;

    /// <summary>Jaro–Winkler similarity (prefix scale 0.1, prefix up to 4 characters).</summary>
    public static double JaroWinkler(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return 1;
        }

        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        // Compute in a fixed order so the result is exactly symmetric.
        if (string.CompareOrdinal(a, b) > 0)
        {
            (a, b) = (b, a);
        }

        var jaro = Jaro(a, b);
        var prefix = 0;
        var maxPrefix = Math.Min(WinklerMaxPrefix, Math.Min(a.Length, b.Length));
        while (prefix < maxPrefix && a[prefix] == b[prefix])
        {
            prefix++;
        }

        return jaro + (prefix * WinklerScale * (1 - jaro));
    }

    /// <summary>Dice coefficient over padded character trigrams.</summary>
    public static double TrigramDice(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return a.Length == 0 ? 0 : 1;
        }

        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        var gramsA = Trigrams(a);
        var gramsB = Trigrams(b);
        int i = 0, j = 0, common = 0;
        while (i < gramsA.Length && j < gramsB.Length)
        {
            var order = gramsA[i].CompareTo(gramsB[j]);
            if (order == 0)
            {
                common++;
                i++;
                j++;
            }
            else if (order < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return 2.0 * common / (gramsA.Length + gramsB.Length);
    }

    /// <summary>Jaccard index of the two token sets.</summary>
    public static double TokenSetJaccard(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var setA = new HashSet<string>(a, StringComparer.Ordinal);
        var setB = new HashSet<string>(b, StringComparer.Ordinal);
        var common = setA.Count(setB.Contains);
        return (double)common / (setA.Count + setB.Count - common);
    }

    /// <summary>
    /// Similarity of two tokens: 1 when equal, 0 when either is a number and they differ
    /// (« Centre 2 » is not « Centre 3 »), an abbreviation score when one is a contraction of the
    /// other (« mntn » / « mountain »), Jaro–Winkler otherwise.
    /// </summary>
    public static double TokenSimilarity(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return 1;
        }

        if (IsNumber(a) || IsNumber(b))
        {
            return 0;
        }

        var jw = JaroWinkler(a, b);
        return IsAbbreviation(a, b) ? Math.Max(jw, AbbreviationScore) : jw;
    }

    /// <summary>
    /// Monge–Elkan with <see cref="TokenSimilarity"/>, the weaker of the two directions, so that a
    /// word present on one side only (« Keur Massar » / « Keur Massar Nord ») counts against.
    /// </summary>
    public static double MongeElkan(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        return Math.Min(Directed(a, b), Directed(b, a));
    }

    internal static bool IsNumber(string token)
    {
        foreach (var c in token)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return token.Length > 0;
    }

    /// <summary>One token is a contraction of the other: same first letter, its letters in order, much shorter.</summary>
    internal static bool IsAbbreviation(string a, string b)
    {
        var (shortToken, longToken) = a.Length <= b.Length ? (a, b) : (b, a);
        if (shortToken.Length < 2 || longToken.Length < shortToken.Length + 2 || shortToken[0] != longToken[0])
        {
            return false;
        }

        var position = 0;
        foreach (var c in shortToken)
        {
            position = longToken.IndexOf(c, position);
            if (position < 0)
            {
                return false;
            }

            position++;
        }

        return true;
    }

    private static double Directed(IReadOnlyList<string> from, IReadOnlyList<string> to)
    {
        var sum = 0.0;
        foreach (var x in from)
        {
            var best = 0.0;
            foreach (var y in to)
            {
                best = Math.Max(best, TokenSimilarity(x, y));
                if (best >= 1)
                {
                    break;
                }
            }

            sum += best;
        }

        return sum / from.Count;
    }

    private static double Jaro(string a, string b)
    {
        var window = Math.Max(0, (Math.Max(a.Length, b.Length) / 2) - 1);
        Span<bool> matchedA = a.Length <= 256 ? stackalloc bool[a.Length] : new bool[a.Length];
        Span<bool> matchedB = b.Length <= 256 ? stackalloc bool[b.Length] : new bool[b.Length];
        var matches = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var start = Math.Max(0, i - window);
            var end = Math.Min(b.Length - 1, i + window);
            for (var j = start; j <= end; j++)
            {
                if (!matchedB[j] && a[i] == b[j])
                {
                    matchedA[i] = true;
                    matchedB[j] = true;
                    matches++;
                    break;
                }
            }
        }

        if (matches == 0)
        {
            return 0;
        }

        var transpositions = 0;
        var k = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (!matchedA[i])
            {
                continue;
            }

            while (!matchedB[k])
            {
                k++;
            }

            if (a[i] != b[k])
            {
                transpositions++;
            }

            k++;
        }

        double m = matches;
        return ((m / a.Length) + (m / b.Length) + ((m - (transpositions / 2.0)) / m)) / 3;
    }

    private static long[] Trigrams(string text)
    {
        var padded = "  " + text + " ";
        var grams = new long[padded.Length - 2];
        for (var i = 0; i < grams.Length; i++)
        {
            grams[i] = ((long)padded[i] << 32) | ((long)padded[i + 1] << 16) | padded[i + 2];
        }

        Array.Sort(grams);
        return grams;
    }
}
