namespace Passerelle.HealthMap.Mapping;

/// <summary>Where the header of a table is and which column feeds which field.</summary>
/// <param name="RowIndex">Index of the header in the table's rows.</param>
/// <param name="RowNumber">Row number of the header as a person finds it in the file.</param>
/// <param name="Columns">The column index of each recognised field (the first one when several name it).</param>
/// <param name="Ignored">Columns no field recognises.</param>
/// <param name="Repeated">Columns naming a field that an earlier column already feeds.</param>
internal sealed record HeaderLayout(
    int RowIndex,
    int RowNumber,
    IReadOnlyList<string> Headers,
    IReadOnlyDictionary<RegistryField, int> Columns,
    IReadOnlyList<int> Ignored,
    IReadOnlyList<int> Repeated)
{
    public string HeaderOf(int index) =>
        index < Headers.Count && Headers[index].Length > 0 ? Headers[index] : $"colonne {index + 1}";

    public string? HeaderOf(RegistryField field) => Columns.TryGetValue(field, out var index) ? HeaderOf(index) : null;
}
