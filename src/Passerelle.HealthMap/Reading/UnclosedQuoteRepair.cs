namespace Passerelle.HealthMap.Reading;

/// <summary>
/// Finds quotes that open a field and never close it. A CSV reader takes everything after such a quote,
/// up to the end of the file, as one cell: every later row would vanish without a word. A quote still
/// open at the end of a line, when the next line has no quote and as many separators as the header, is
/// a runaway; its line is read without quoting and a warning says so.
/// </summary>
internal static class UnclosedQuoteRepair
{
    public static (string Text, IReadOnlyList<ReadingNote> Notes) Repair(string text, char separator, int lineOffset)
    {
        var lines = text.Split('\n');
        var headerSeparators = lines.Select(l => Count(l, separator)).FirstOrDefault(c => c > 0);
        if (headerSeparators == 0)
        {
            return (text, []);
        }

        var notes = new List<ReadingNote>();
        var open = false;
        var openedAt = -1;
        for (var i = 0; i < lines.Length; i++)
        {
            var wasOpen = open;
            open ^= Count(lines[i], '"') % 2 == 1;
            if (open && !wasOpen)
            {
                openedAt = i;
            }

            if (open && i + 1 < lines.Length && !lines[i + 1].Contains('"', StringComparison.Ordinal) && Count(lines[i + 1], separator) >= headerSeparators)
            {
                lines[openedAt] = lines[openedAt].Replace("\"", string.Empty, StringComparison.Ordinal);
                notes.Add(new ReadingNote(
                    openedAt + 1 + lineOffset,
                    "Guillemet jamais fermé : la ligne est lue sans guillemets pour ne pas avaler les lignes suivantes",
                    "quote never closed: the line is read without quotes so the following rows are not swallowed",
                    IsWarning: true));
                i = openedAt;
                open = false;
            }
        }

        return notes.Count == 0 ? (text, notes) : (string.Join('\n', lines), notes);
    }

    private static int Count(string line, char c)
    {
        var n = 0;
        foreach (var ch in line)
        {
            n += ch == c ? 1 : 0;
        }

        return n;
    }
}
