namespace Passerelle.HealthMap.Reading;

/// <summary>One row of a source file as text cells, numbered as a person would find it in the file.</summary>
/// <param name="Number">Line of a CSV file, row of a worksheet, or 1-based feature of a GeoJSON collection.</param>
internal sealed record RawRow(int Number, IReadOnlyList<string> Cells)
{
    public bool IsBlank => Cells.All(string.IsNullOrWhiteSpace);

    public string Cell(int index) => index < Cells.Count ? Cells[index] : string.Empty;
}

/// <summary>Every row of a file, before the header is found, with what was learnt reading it.</summary>
/// <param name="Format">CSV, XLSX or GeoJSON.</param>
/// <param name="Notes">What the reader found and a user should know (encoding, separator, merged cells…).</param>
/// <param name="HeaderIsFirstRow">True when the format fixes the header (GeoJSON property names).</param>
internal sealed record RawTable(
    RegistryFileFormat Format,
    IReadOnlyList<RawRow> Rows,
    IReadOnlyList<ReadingNote> Notes,
    bool HeaderIsFirstRow = false)
{
    /// <summary>The worksheet, for a workbook.</summary>
    public string? Sheet { get; init; }
}

/// <summary>A remark from a reader, French and English, optionally tied to a row.</summary>
internal sealed record ReadingNote(int? Row, string French, string English, bool IsWarning = false);
