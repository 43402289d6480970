using CsvHelper;

namespace Passerelle.HealthMap.Reading;

/// <summary>Reads a delimited text file of any separator and encoding into rows of text cells.</summary>
internal static class CsvTableReader
{
    public static RawTable Read(ReadOnlySpan<byte> bytes)
    {
        var decoded = TextDecoder.Decode(bytes);
        var text = decoded.Text;
        if (LooksBinary(text))
        {
            throw new UnreadableFileException(
                "Le fichier n'est pas un tableau texte (contenu binaire)",
                "the file is not a text table (binary content)");
        }

        var notes = new List<ReadingNote> { EncodingNote(decoded) };
        notes.AddRange(decoded.LegacyEncodedLines.Where(_ => decoded.IsMixed).Select(line => new ReadingNote(
            line,
            "Ligne encodée en Windows-1252 dans un fichier UTF-8 (encodage mixte), relue en Windows-1252",
            "line encoded as Windows-1252 inside a UTF-8 file (mixed encodings), decoded as Windows-1252",
            IsWarning: true)));

        var (separator, lineOffset) = SeparatorFromHint(ref text) ?? (DelimiterSniffer.Sniff(text) ?? ',', 0);
        notes.Add(new ReadingNote(null,
            $"Séparateur détecté : {DelimiterSniffer.Describe(separator)}",
            $"separator detected: {DelimiterSniffer.Describe(separator)}"));
        (text, var repairs) = UnclosedQuoteRepair.Repair(text, separator, lineOffset);
        notes.AddRange(repairs);

        var options = CsvReaderOptions.Default with
        {
            Separator = separator,
            HasHeader = false,
            SkipEmptyLines = false,
            TrackLineNumbers = true,
            AllowLineBreaksInQuotes = true,
            TrimWhitespace = true,
            MalformedData = CsvMalformedDataHandling.Recover,
            OnMalformedRecord = record => notes.Add(new ReadingNote(
                (int)record.LineNumber + lineOffset,
                $"Guillemets mal formés ({record.Reason}), ligne relue telle quelle",
                $"malformed quoting ({record.Reason}), line read as is",
                IsWarning: true)),
        };

        var rows = new List<RawRow>();
        using var reader = CsvReader.FromText(text, options);
        while (reader.Read())
        {
            var cells = new string[reader.FieldCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = reader.GetString(i)?.Trim() ?? string.Empty;
            }

            rows.Add(new RawRow((int)reader.LineNumber + lineOffset, cells));
        }

        return new RawTable(RegistryFileFormat.Csv, rows, notes);
    }

    private static ReadingNote EncodingNote(DecodedText decoded) => decoded.IsMixed
        ? new ReadingNote(null,
            $"Encodage mixte : {decoded.EncodingName} et Windows-1252 ({decoded.LegacyEncodedLines.Count} ligne(s))",
            $"mixed encodings: {decoded.EncodingName} and Windows-1252 ({decoded.LegacyEncodedLines.Count} line(s))",
            IsWarning: true)
        : new ReadingNote(null, $"Encodage détecté : {decoded.EncodingName}", $"encoding detected: {decoded.EncodingName}");

    /// <summary>Excel writes <c>sep=;</c> on the first line; honour it and drop that line.</summary>
    private static (char Separator, int LineOffset)? SeparatorFromHint(ref string text)
    {
        if (!text.StartsWith("sep=", StringComparison.OrdinalIgnoreCase) || text.Length < 5)
        {
            return null;
        }

        var separator = text[4];
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        text = end < 0 ? string.Empty : text[(end + 1)..];
        return (separator, 1);
    }

    private static bool LooksBinary(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 4096));
        var controls = 0;
        foreach (var c in sample)
        {
            if (c == '\0')
            {
                return true;
            }

            controls += char.IsControl(c) && c is not '\r' and not '\n' and not '\t' ? 1 : 0;
        }

        return sample.Length > 0 && controls * 20 > sample.Length;
    }
}
