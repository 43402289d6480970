using System.Globalization;
using System.Text;

namespace Passerelle.HealthMap.Mapping;

/// <summary>
/// A comparison key for labels typed by people: no accents, lower case, punctuation as single
/// spaces. « Région » , "REGION" and "region " give the same key; "P.S." gives "p s".
/// </summary>
internal static class TextKey
{
    public static string Of(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var key = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && key.Length > 0)
                {
                    key.Append(' ');
                }

                key.Append(char.ToLowerInvariant(c));
                pendingSpace = false;
            }
            else
            {
                pendingSpace = true;
            }
        }

        return key.ToString();
    }

    /// <summary>The key without spaces, so that "P.S." and "PS" meet.</summary>
    public static string Compact(string? text) => Of(text).Replace(" ", string.Empty, StringComparison.Ordinal);

    /// <summary>The key of a header without what is between brackets ("Latitude (degrés)" → "latitude").</summary>
    public static string WithoutBrackets(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        var depth = 0;
        foreach (var c in text)
        {
            depth += c is '(' or '[' ? 1 : 0;
            if (depth == 0)
            {
                builder.Append(c);
            }

            depth -= c is ')' or ']' && depth > 0 ? 1 : 0;
        }

        return Of(builder.ToString());
    }
}
