using System.Globalization;
using System.Text;
using Passerelle.Core.Facilities;

namespace Passerelle.Bench.Matching;

/// <summary>
/// Writes labelled lists as the CSV files <c>passerelle match</c> reads (header
/// <c>id,name,type,region,district,latitude,longitude</c>) and the truth as <c>left_id,right_id</c>,
/// so that the command can be timed and scored from outside, side by side with another tool.
/// </summary>
internal static class ListCsvWriter
{
    public static void Write(LabelledLists lists, string directory, string stem)
    {
        Directory.CreateDirectory(directory);
        WriteList(lists.Left, Path.Combine(directory, stem + "-left.csv"));
        WriteList(lists.Right, Path.Combine(directory, stem + "-right.csv"));
        var truth = new StringBuilder("left_id,right_id\n");
        foreach (var (left, right) in lists.TruePairs.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            truth.Append(Quote(left)).Append(',').Append(Quote(right)).Append('\n');
        }

        File.WriteAllText(Path.Combine(directory, stem + "-truth.csv"), truth.ToString(), new UTF8Encoding(false));
    }

    private static void WriteList(IReadOnlyList<SourceFacility> facilities, string path)
    {
        var text = new StringBuilder("id,name,type,region,district,latitude,longitude\n");
        foreach (var f in facilities)
        {
            text.Append(Quote(f.SourceId)).Append(',')
                .Append(Quote(f.Name)).Append(',')
                .Append(f.Type == FacilityType.Unknown ? string.Empty : f.Type.Code()).Append(',')
                .Append(Quote(f.Region ?? string.Empty)).Append(',')
                .Append(Quote(f.District ?? string.Empty)).Append(',')
                .Append(f.Location?.Latitude.ToString("F6", CultureInfo.InvariantCulture)).Append(',')
                .Append(f.Location?.Longitude.ToString("F6", CultureInfo.InvariantCulture)).Append('\n');
        }

        File.WriteAllText(path, text.ToString(), new UTF8Encoding(false));
    }

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
