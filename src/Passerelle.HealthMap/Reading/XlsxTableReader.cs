using System.Globalization;
using ClosedXML.Excel;

namespace Passerelle.HealthMap.Reading;

/// <summary>
/// Reads the worksheets of an Excel workbook into rows of text cells. A merged range (a region name
/// merged down many rows, a header over two rows) gives its value to every cell it covers, so that no
/// row loses the value a person sees. Numbers are read at full precision, whatever their display format.
/// </summary>
internal static class XlsxTableReader
{
    public static IReadOnlyList<RawTable> Read(byte[] bytes)
    {
        XLWorkbook workbook;
        try
        {
            workbook = new XLWorkbook(new MemoryStream(bytes, writable: false));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new UnreadableFileException(
                "Classeur Excel illisible (fichier .xlsx abîmé ou d'un autre format)",
                "Excel workbook unreadable (damaged .xlsx or another format)", e);
        }

        using (workbook)
        {
            return workbook.Worksheets.Select(ReadSheet).ToList();
        }
    }

    private static RawTable ReadSheet(IXLWorksheet sheet)
    {
        var notes = new List<ReadingNote>();
        var used = sheet.RangeUsed();
        if (used is null)
        {
            return new RawTable(RegistryFileFormat.Xlsx, [], notes) { Sheet = sheet.Name };
        }

        var firstRow = used.FirstRow().RowNumber();
        var lastRow = used.LastRow().RowNumber();
        var firstColumn = used.FirstColumn().ColumnNumber();
        var lastColumn = used.LastColumn().ColumnNumber();
        var width = lastColumn - firstColumn + 1;
        var grid = new string[lastRow - firstRow + 1][];
        for (var r = firstRow; r <= lastRow; r++)
        {
            var cells = new string[width];
            for (var c = firstColumn; c <= lastColumn; c++)
            {
                cells[c - firstColumn] = CellText(sheet.Cell(r, c));
            }

            grid[r - firstRow] = cells;
        }

        // A row empty in the sheet stays empty: a value merged down across it does not make it a facility.
        var blankBeforeFill = grid.Select(cells => cells.All(string.IsNullOrWhiteSpace)).ToArray();
        foreach (var merged in sheet.MergedRanges)
        {
            var value = CellText(merged.FirstCell());
            var top = merged.FirstRow().RowNumber();
            var bottom = merged.LastRow().RowNumber();
            for (var r = Math.Max(top, firstRow); r <= Math.Min(bottom, lastRow); r++)
            {
                for (var c = Math.Max(merged.FirstColumn().ColumnNumber(), firstColumn); c <= Math.Min(merged.LastColumn().ColumnNumber(), lastColumn); c++)
                {
                    grid[r - firstRow][c - firstColumn] = value;
                }
            }

            if (value.Length > 0)
            {
                notes.Add(new ReadingNote(top,
                    $"Cellules fusionnées {merged.RangeAddress.ToStringRelative()} : « {value} » recopiée dans chaque cellule",
                    $"merged cells {merged.RangeAddress.ToStringRelative()}: '{value}' copied into each cell"));
            }
        }

        var rows = grid.Select((cells, i) => new RawRow(firstRow + i, blankBeforeFill[i] ? Enumerable.Repeat(string.Empty, width).ToArray() : cells)).ToList();
        return new RawTable(RegistryFileFormat.Xlsx, rows, notes) { Sheet = sheet.Name };
    }

    private static string CellText(IXLCell cell)
    {
        var value = string.IsNullOrEmpty(cell.FormulaA1) ? cell.Value : cell.CachedValue;
        return value switch
        {
            null => string.Empty,
            double number => number.ToString("R", CultureInfo.InvariantCulture),
            DateTime date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            bool flag => flag ? "true" : "false",
            _ => Convert.ToString(value, CultureInfo.InvariantCulture)?.Trim() ?? string.Empty,
        };
    }
}
