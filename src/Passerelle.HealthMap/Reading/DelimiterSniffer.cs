namespace Passerelle.HealthMap.Reading;

/// <summary>
/// Guesses the field separator of a delimited text: the candidate that splits the most of the first
/// lines into the same number of fields. Title lines above the header and French decimal commas
/// (<c>14,72;-17,45</c>) do not fool it, because they break the regularity of the wrong candidate.
/// </summary>
internal static class DelimiterSniffer
{
    private const int LinesToInspect = 30;
    private static readonly char[] Candidates = [';', ',', '\t', '|'];

    public static char? Sniff(string text)
    {
        var lines = text.Split('\n', LinesToInspect + 1)
            .Take(LinesToInspect)
            .Select(l => l.TrimEnd('\r'))
            .Where(l => l.Trim().Length > 0)
            .ToList();

        char? best = null;
        var bestScore = (Regular: 0, Fields: 0);
        foreach (var candidate in Candidates)
        {
            var counts = lines.Select(l => CountOutsideQuotes(l, candidate)).Where(c => c > 0).ToList();
            if (counts.Count == 0)
            {
                continue;
            }

            var mode = counts.GroupBy(c => c).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First();
            var score = (Regular: mode.Count(), Fields: mode.Key);
            if (score.Regular > bestScore.Regular || (score.Regular == bestScore.Regular && score.Fields > bestScore.Fields))
            {
                best = candidate;
                bestScore = score;
            }
        }

        return best;
    }

    private static int CountOutsideQuotes(string line, char candidate)
    {
        var count = 0;
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == candidate && !quoted)
            {
                count++;
            }
        }

        return count;
    }

    public static string Describe(char delimiter) => delimiter switch
    {
        ';' => "point-virgule / semicolon (;)",
        ',' => "virgule / comma (,)",
        '\t' => "tabulation / tab",
        '|' => "barre verticale / pipe (|)",
        _ => delimiter.ToString(),
    };
}
