using System.Text;

namespace Passerelle.HealthMap.Reading;

/// <summary>
/// Decodes a facility list whatever the ministry's spreadsheet saved it as: UTF-8 with or without
/// a byte order mark, UTF-16, or Windows-1252/Latin-1. Files glued together from several sources
/// may mix UTF-8 and Windows-1252 lines; each line is then decoded on its own and reported.
/// </summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Windows-1252, a superset of Latin-1's printable characters.</summary>
    public static Encoding Windows1252 => Encoding.GetEncoding(1252);

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return DecodeUtf8Lines(bytes[3..], "UTF-8 (BOM)");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new DecodedText(Encoding.Unicode.GetString(bytes[2..]), "UTF-16 LE (BOM)", []);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new DecodedText(Encoding.BigEndianUnicode.GetString(bytes[2..]), "UTF-16 BE (BOM)", []);
        }

        return DecodeUtf8Lines(bytes, "UTF-8");
    }

    private static DecodedText DecodeUtf8Lines(ReadOnlySpan<byte> bytes, string utf8Name)
    {
        if (IsValidUtf8(bytes))
        {
            return new DecodedText(StrictUtf8.GetString(bytes), utf8Name, []);
        }

        var text = new StringBuilder(bytes.Length);
        var legacyLines = new List<int>();
        var utf8NonAsciiLines = 0;
        var lineNumber = 0;
        while (!bytes.IsEmpty)
        {
            lineNumber++;
            var end = bytes.IndexOf((byte)'\n');
            var line = end < 0 ? bytes : bytes[..(end + 1)];
            bytes = end < 0 ? [] : bytes[(end + 1)..];
            if (IsValidUtf8(line))
            {
                utf8NonAsciiLines += line.ContainsAnyExceptInRange((byte)0, (byte)0x7F) ? 1 : 0;
                text.Append(StrictUtf8.GetString(line));
            }
            else
            {
                legacyLines.Add(lineNumber);
                text.Append(Windows1252.GetString(line));
            }
        }

        // No line used UTF-8 beyond ASCII: the whole file is Windows-1252, not a mix.
        return utf8NonAsciiLines == 0
            ? new DecodedText(text.ToString(), "Windows-1252", legacyLines)
            : new DecodedText(text.ToString(), utf8Name, legacyLines);
    }

    private static bool IsValidUtf8(ReadOnlySpan<byte> bytes) => System.Text.Unicode.Utf8.IsValid(bytes);
}
