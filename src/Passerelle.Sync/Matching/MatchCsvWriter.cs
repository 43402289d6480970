using System.Globalization;
using System.Text;
using CsvHelper;
using Passerelle.Core.Matching;

namespace Passerelle.Sync.Matching;

/// <summary>
/// Writes the result of <c>passerelle match</c>: header <c>left_id,right_id,score,status</c>, one row
/// per left record, score with invariant culture; <c>--explain</c> adds the flags and, for each
/// signal, its level and weight in bits, and the explanation in French and English.
/// </summary>
public static class MatchCsvWriter
{
    public static async Task WriteAsync(string path, FacilityMatchResult result, bool explain, CancellationToken cancellationToken)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        await using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        await using var csv = CsvWriter.Create(writer, new CsvWriterOptions { NewLine = "\n" }, leaveOpen: false);
        WriteHeader(csv, explain);
        await csv.EndRecordAsync(cancellationToken);
        foreach (var match in result.Matches)
        {
            cancellationToken.ThrowIfCancellationRequested();
            csv.WriteField(match.LeftId);
            csv.WriteField(match.RightId ?? string.Empty);
            csv.WriteField(match.Score.ToString("0.0000", CultureInfo.InvariantCulture));
            csv.WriteField(StatusCode(match.Status));
            if (explain)
            {
                WriteExplanation(csv, match);
            }

            await csv.EndRecordAsync(cancellationToken);
        }

        await csv.FlushAsync(cancellationToken);
    }

    public static string StatusCode(MatchStatus status) => status switch
    {
        MatchStatus.Matched => "matched",
        MatchStatus.Review => "review",
        _ => "unmatched",
    };

    private static void WriteHeader(CsvWriter csv, bool explain)
    {
        foreach (var column in new[] { "left_id", "right_id", "score", "status" })
        {
            csv.WriteField(column);
        }

        if (!explain)
        {
            return;
        }

        csv.WriteField("flags");
        foreach (var signal in SignalLevels.Signals)
        {
            csv.WriteField(SignalColumn(signal) + "_level");
            csv.WriteField(SignalColumn(signal) + "_weight");
        }

        csv.WriteField("explanation_fr");
        csv.WriteField("explanation_en");
    }

    private static void WriteExplanation(CsvWriter csv, FacilityMatch match)
    {
        csv.WriteField(match.Flags == MatchFlags.None ? string.Empty : match.Flags.ToString().Replace(", ", "|", StringComparison.Ordinal));
        foreach (var signal in SignalLevels.Signals)
        {
            var contribution = match.Contributions.FirstOrDefault(c => c.Signal == signal);
            csv.WriteField(contribution?.Level?.Code ?? string.Empty);
            csv.WriteField(contribution is null ? string.Empty : contribution.Weight.ToString("0.00", CultureInfo.InvariantCulture));
        }

        csv.WriteField(match.ExplanationFrench);
        csv.WriteField(match.ExplanationEnglish);
    }

    private static string SignalColumn(MatchSignal signal) => signal switch
    {
        MatchSignal.Name => "name",
        MatchSignal.Hierarchy => "admin",
        MatchSignal.Type => "type",
        MatchSignal.Distance => "distance",
        _ => "codes",
    };
}
