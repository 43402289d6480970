namespace Passerelle.Sync.Matching;

/// <summary>A facility list CSV that cannot be read, with where (file, row, column) and why, in French and English.</summary>
public sealed class FacilityCsvException(string file, int? row, string? column, string french, string english)
    : Exception(Format(file, row, column, french, english))
{
    public string File { get; } = file;

    /// <summary>1-based line number in the file (the header is line 1), or null for file-level problems.</summary>
    public int? Row { get; } = row;

    public string? Column { get; } = column;

    private static string Format(string file, int? row, string? column, string french, string english)
    {
        var whereFr = row is null ? $"fichier {file}" : $"fichier {file}, ligne {row}" + (column is null ? string.Empty : $", colonne {column}");
        var whereEn = row is null ? $"file {file}" : $"file {file}, row {row}" + (column is null ? string.Empty : $", column {column}");
        return $"{whereFr} : {french} / {whereEn}: {english}";
    }
}
