using Passerelle.HealthMap.Reading;

namespace Passerelle.HealthMap.Mapping;

/// <summary>
/// Finds the header row: the first row, among the first few, whose cells name the facility name and at
/// least one other field. Title lines above the header (common in ministry spreadsheets) are passed over.
/// </summary>
internal static class HeaderLocator
{
    private const int RowsToSearch = 20;

    public static HeaderLayout? Locate(RawTable table, ColumnMapping mapping)
    {
        HeaderLayout? nameOnly = null;
        var rowsToSearch = table.HeaderIsFirstRow ? 1 : RowsToSearch;
        for (var i = 0; i < table.Rows.Count && i < rowsToSearch; i++)
        {
            var row = table.Rows[i];
            if (row.IsBlank)
            {
                continue;
            }

            var layout = Layout(i, row, mapping);
            if (!layout.Columns.ContainsKey(RegistryField.Name))
            {
                continue;
            }

            if (layout.Columns.Count >= 2)
            {
                return PreferSecondHeaderRow(table, layout, mapping);
            }

            nameOnly ??= layout;
        }

        return nameOnly;
    }

    /// <summary>
    /// A header written over two rows (« Coordonnées GPS » above « Latitude | Longitude », the other
    /// names merged down) reads best from its second row once merged cells are filled.
    /// </summary>
    private static HeaderLayout PreferSecondHeaderRow(RawTable table, HeaderLayout first, ColumnMapping mapping)
    {
        var next = first.RowIndex + 1;
        if (table.HeaderIsFirstRow || next >= table.Rows.Count)
        {
            return first;
        }

        var second = Layout(next, table.Rows[next], mapping);
        return second.Columns.ContainsKey(RegistryField.Name) && second.Columns.Count > first.Columns.Count ? second : first;
    }

    private static HeaderLayout Layout(int index, RawRow row, ColumnMapping mapping)
    {
        var columns = new Dictionary<RegistryField, int>();
        var ignored = new List<int>();
        var repeated = new List<int>();
        for (var c = 0; c < row.Cells.Count; c++)
        {
            if (mapping.FieldFor(row.Cells[c]) is not { } field)
            {
                if (row.Cells[c].Trim().Length > 0)
                {
                    ignored.Add(c);
                }

                continue;
            }

            if (!columns.TryAdd(field, c))
            {
                repeated.Add(c);
            }
        }

        return new HeaderLayout(index, row.Number, row.Cells.Select(h => h.Trim()).ToList(), columns, ignored, repeated);
    }
}
