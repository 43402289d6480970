using System.Globalization;
using System.Text;

namespace Passerelle.Core.Matching;

/// <summary>
/// Folds free text the way French facility lists need: no accents, lower case, punctuation as
/// spaces, dotted acronyms joined (« P.S. » → « ps »), roman numerals as digits (« II » → « 2 »).
/// </summary>
public static class TextFolding
{
    private static readonly Dictionary<string, string> RomanNumerals = new(StringComparer.Ordinal)
    {
        ["i"] = "1",
        ["ii"] = "2",
        ["iii"] = "3",
        ["iv"] = "4",
        ["vi"] = "6",
        ["vii"] = "7",
        ["viii"] = "8",
        ["ix"] = "9",
    };

    /// <summary>Lower case, accents removed, ligatures expanded, every other character kept.</summary>
    public static string FoldCase(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            switch (c)
            {
                case 'œ' or 'Œ':
                    builder.Append("oe");
                    break;
                case 'æ' or 'Æ':
                    builder.Append("ae");
                    break;
                case 'ß':
                    builder.Append("ss");
                    break;
                default:
                    builder.Append(char.ToLowerInvariant(c));
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Folded tokens: letters and digits only, dotted acronyms joined, roman numerals as digits.</summary>
    public static IReadOnlyList<string> Tokens(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var folded = FoldCase(text);
        var tokens = new List<string>();
        var current = new StringBuilder();
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c) || c == '.')
            {
                current.Append(c);
            }
            else
            {
                Flush(current, tokens);
            }
        }

        Flush(current, tokens);
        return tokens;
    }

    private static void Flush(StringBuilder current, List<string> tokens)
    {
        if (current.Length == 0)
        {
            return;
        }

        var raw = current.ToString();
        current.Clear();
        var parts = raw.Split('.', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length > 1 && parts.All(p => p.Length == 1))
        {
            AddToken(string.Concat(parts), tokens);
            return;
        }

        foreach (var part in parts)
        {
            AddToken(part, tokens);
        }
    }

    private static void AddToken(string token, List<string> tokens) =>
        tokens.Add(RomanNumerals.TryGetValue(token, out var digits) ? digits : token);
}
