using System.Globalization;
using ClosedXML.Excel;
using CsvHelper;
using Passerelle.Core.Indicators.Suppression;
using Passerelle.Core.Storage;
using Passerelle.Sync.Plan;

namespace Passerelle.Sync.Analysis;

/// <summary>
/// Writes the indicator tables and the data-quality findings for people: CSV (French header, English header on
/// the second line) or XLSX (same two header rows; a sheet of findings). Small cells are suppressed again on
/// the way out: a value stored as suppressed, or a count by sex under the threshold, is written blank and marked.
/// </summary>
public static class IndicatorTableWriter
{
    public static IReadOnlyList<string> FrenchHeader { get; } =
        ["indicateur", "libellé", "période", "niveau", "unité", "ventilation", "valeur", "numérateur", "dénominateur", "masqué"];

    public static IReadOnlyList<string> EnglishHeader { get; } =
        ["indicator", "label", "period", "level", "unit", "disaggregation", "value", "numerator", "denominator", "suppressed"];

    public static IReadOnlyList<string> FindingFrenchHeader { get; } = ["indicateur", "niveau", "unité", "constat"];

    public static IReadOnlyList<string> FindingEnglishHeader { get; } = ["indicator", "level", "unit", "finding"];

    /// <summary>The value as it may leave the warehouse under <paramref name="policy"/>.</summary>
    public static IndicatorValue Guard(IndicatorValue value, SmallCellPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(policy);
        var bySex = value.DisaggregationKey.Contains("sex=", StringComparison.Ordinal);
        var small = bySex && value.Value is { } v && policy.Suppresses(Disaggregation.FacilityCadreSex, v);
        return value.Suppressed || small ? value with { Value = null, Numerator = null, Denominator = null, Suppressed = true } : value;
    }

    public static IReadOnlyList<string[]> Rows(IEnumerable<IndicatorValue> values, AnalysisPlan plan, SmallCellPolicy policy) =>
        [.. values.Select(v => Guard(v, policy)).Select(v => new[]
        {
            v.IndicatorCode, plan.Indicator(v.IndicatorCode)?.Fr ?? "", v.Period, v.OrgLevel.ToString(), v.UnitId, v.DisaggregationKey,
            Number(v.Value), Number(v.Numerator), Number(v.Denominator), v.Suppressed ? "oui / yes" : "",
        })];

    /// <summary>Writes <c>indicateurs.csv</c> and <c>constats.csv</c>, or <c>indicateurs.xlsx</c>, into <paramref name="folder"/>; returns the files.</summary>
    public static async Task<IReadOnlyList<string>> WriteAsync(
        string folder, string format, IEnumerable<IndicatorValue> values, IEnumerable<DataQualityFinding> findings, AnalysisPlan plan, SmallCellPolicy policy, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var rows = Rows(values, plan, policy);
        var findingRows = findings.Select(f => new[] { f.IndicatorCode, f.Level.ToString(), f.UnitId, $"{f.French} / {f.English}" }).ToList();
        if (string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase))
        {
            var path = Path.Combine(folder, "indicateurs.xlsx");
            using var book = new XLWorkbook();
            Fill(book.AddWorksheet("Indicateurs"), FrenchHeader, EnglishHeader, rows);
            Fill(book.AddWorksheet("Constats"), FindingFrenchHeader, FindingEnglishHeader, findingRows);
            book.SaveAs(path);
            return [path];
        }

        var indicators = Path.Combine(folder, "indicateurs.csv");
        var constats = Path.Combine(folder, "constats.csv");
        await WriteCsvAsync(indicators, FrenchHeader, EnglishHeader, rows, cancellationToken);
        await WriteCsvAsync(constats, FindingFrenchHeader, FindingEnglishHeader, findingRows, cancellationToken);
        return [indicators, constats];
    }

    private static string Number(double? value) => value?.ToString("0.######", CultureInfo.InvariantCulture) ?? "";

    private static void Fill(IXLWorksheet sheet, IReadOnlyList<string> french, IReadOnlyList<string> english, IReadOnlyList<string[]> rows)
    {
        for (var c = 0; c < french.Count; c++)
        {
            sheet.Cell(1, c + 1).Value = french[c];
            sheet.Cell(2, c + 1).Value = english[c];
        }

        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                var text = rows[r][c];
                if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && c >= 6)
                {
                    sheet.Cell(r + 3, c + 1).Value = number;
                }
                else
                {
                    sheet.Cell(r + 3, c + 1).Value = text;
                    sheet.Cell(r + 3, c + 1).DataType = XLDataType.Text;
                }
            }
        }

        sheet.Rows(1, 2).Style.Font.Bold = true;
        sheet.SheetView.FreezeRows(2);
    }

    private static async Task WriteCsvAsync(string path, IReadOnlyList<string> french, IReadOnlyList<string> english, IEnumerable<string[]> rows, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(path, false, new System.Text.UTF8Encoding(true));
        await using var csv = CsvWriter.Create(writer, new CsvWriterOptions { NewLine = "\n" }, leaveOpen: false);
        foreach (var header in new[] { french, english })
        {
            foreach (var cell in header)
            {
                csv.WriteField(cell);
            }

            await csv.EndRecordAsync(cancellationToken);
        }

        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var cell in row)
            {
                csv.WriteField(cell);
            }

            await csv.EndRecordAsync(cancellationToken);
        }

        await csv.FlushAsync(cancellationToken);
    }
}
