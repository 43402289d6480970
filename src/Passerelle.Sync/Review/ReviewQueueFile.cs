using System.Globalization;
using ClosedXML.Excel;
using CsvHelper;
using Passerelle.Core.Facilities;
using Passerelle.Core.Storage;
using Passerelle.Core.Workforce;

namespace Passerelle.Sync.Review;

/// <summary>One line of the offline review file (French column names, see <see cref="ReviewQueueFile.Columns"/>).</summary>
public sealed record ReviewRow(
    string Type,
    string Source,
    string SourceId,
    string SourceName,
    string District,
    string Proposal,
    string ProposalName,
    string Score,
    string DistanceMetres,
    string Explanation,
    string Decision,
    string OtherTarget,
    string Reviewer);

/// <summary>A problem in an imported review file: where (row as the spreadsheet numbers it, column) and why.</summary>
public sealed record ReviewFileError(int Row, string Column, string French, string English)
{
    public override string ToString() => $"ligne / row {Row}, colonne / column « {Column} » : {French} / {English}";
}

/// <summary>What an import did; nothing is applied when <see cref="Errors"/> is not empty.</summary>
public sealed record ReviewImportResult(int Applied, int Skipped, IReadOnlyList<ReviewFileError> Errors);

/// <summary>
/// The review queue as a file for district teams working offline: CSV (UTF-8) or XLSX with a drop-down list on
/// the decision column. Import checks every row first and applies nothing when one is wrong; decisions are
/// recorded under the reviewer named in the file.
/// </summary>
public static class ReviewQueueFile
{
    public const string FacilityType = "structure";
    public const string CadreType = "cadre";

    public static IReadOnlyList<string> Columns { get; } =
        ["type", "source", "id_source", "nom_source", "district", "proposition", "nom_proposition", "score", "distance_m", "explication", "décision", "autre_cible", "relecteur"];

    /// <summary>Decision words a reviewer may write, in French.</summary>
    public static IReadOnlyDictionary<string, ReviewVerdict> Decisions { get; } = new Dictionary<string, ReviewVerdict>(StringComparer.OrdinalIgnoreCase)
    {
        ["accepter"] = ReviewVerdict.Accept,
        ["rejeter"] = ReviewVerdict.Reject,
        ["lier"] = ReviewVerdict.LinkOther,
        ["passer"] = ReviewVerdict.Skip,
    };

    private const int DecisionColumn = 10;

    public static async Task<int> ExportAsync(IWarehouse warehouse, string path, string? district, CancellationToken cancellationToken)
    {
        var rows = new List<ReviewRow>();
        foreach (var item in await ReviewQueue.ReadFacilitiesAsync(warehouse, district, cancellationToken))
        {
            rows.Add(new ReviewRow(FacilityType, item.Link.Source.ToString(), item.Link.SourceId, item.Source?.Name ?? "", item.District ?? "",
                item.Link.GoldenId, item.Registry?.Name ?? "", item.Link.Score.ToString("0.000", CultureInfo.InvariantCulture),
                item.DistanceMetres is { } d ? d.ToString("0", CultureInfo.InvariantCulture) : "", item.ExplanationFrench, "", "", ""));
        }

        if (district is null)
        {
            foreach (var mapping in await ReviewQueue.ReadCadresAsync(warehouse, cancellationToken))
            {
                rows.Add(new ReviewRow(CadreType, mapping.Source.ToString(), mapping.JobKey, mapping.JobTitle ?? "", "", mapping.CadreCode,
                    NationalCadres.ByCode(mapping.CadreCode)?.French ?? "", mapping.Score.ToString("0.000", CultureInfo.InvariantCulture), "", "", "", "", ""));
            }
        }

        if (IsXlsx(path))
        {
            WriteXlsx(path, rows);
        }
        else
        {
            await WriteCsvAsync(path, rows, cancellationToken);
        }

        return rows.Count;
    }

    public static async Task<ReviewImportResult> ImportAsync(IWarehouse warehouse, string path, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        if (!File.Exists(path))
        {
            return new ReviewImportResult(0, 0, [new ReviewFileError(0, "", $"fichier introuvable : {path}", $"file not found: {path}")]);
        }

        var (rows, headerErrors) = IsXlsx(path) ? ReadXlsx(path) : await ReadCsvAsync(path, cancellationToken);
        if (headerErrors.Count > 0)
        {
            return new ReviewImportResult(0, 0, headerErrors);
        }

        var validator = await ReviewRowValidator.CreateAsync(warehouse, cancellationToken);
        var errors = rows.SelectMany(r => validator.Check(r.Row, r.Line)).ToList();
        if (errors.Count > 0)
        {
            return new ReviewImportResult(0, 0, errors);
        }

        var decisions = new ReviewDecisions(warehouse, time);
        int applied = 0, skipped = 0;
        foreach (var (_, line) in rows)
        {
            var verdict = line.Decision.Length == 0 ? ReviewVerdict.Skip : Decisions[line.Decision];
            var source = Enum.Parse<SourceSystem>(line.Source, ignoreCase: true);
            var other = line.OtherTarget.Length == 0 ? null : line.OtherTarget;
            var done = line.Type.Equals(FacilityType, StringComparison.OrdinalIgnoreCase)
                ? await decisions.ApplyAsync(new FacilityDecision(source, line.SourceId, line.Proposal, verdict, other), line.Reviewer, cancellationToken)
                : await decisions.ApplyAsync(new CadreDecision(source, line.SourceId, verdict, other), line.Reviewer, cancellationToken);
            if (done)
            {
                applied++;
            }
            else
            {
                skipped++;
            }
        }

        return new ReviewImportResult(applied, skipped, []);
    }

    private static bool IsXlsx(string path) => path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);

    private static string[] Cells(ReviewRow r) =>
        [r.Type, r.Source, r.SourceId, r.SourceName, r.District, r.Proposal, r.ProposalName, r.Score, r.DistanceMetres, r.Explanation, r.Decision, r.OtherTarget, r.Reviewer];

    private static ReviewRow Row(IReadOnlyList<string> c) => new(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10], c[11], c[12]);

    private static async Task WriteCsvAsync(string path, List<ReviewRow> rows, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(path, false, new System.Text.UTF8Encoding(true));
        await using var csv = CsvWriter.Create(writer, new CsvWriterOptions { NewLine = "\n" }, leaveOpen: false);
        foreach (var column in Columns)
        {
            csv.WriteField(column);
        }

        await csv.EndRecordAsync(cancellationToken);
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var cell in Cells(row))
            {
                csv.WriteField(cell);
            }

            await csv.EndRecordAsync(cancellationToken);
        }

        await csv.FlushAsync(cancellationToken);
    }

    private static void WriteXlsx(string path, List<ReviewRow> rows)
    {
        using var book = new XLWorkbook();
        var sheet = book.AddWorksheet("file de revue");
        for (var c = 0; c < Columns.Count; c++)
        {
            sheet.Cell(1, c + 1).Value = Columns[c];
        }

        for (var r = 0; r < rows.Count; r++)
        {
            var cells = Cells(rows[r]);
            for (var c = 0; c < cells.Length; c++)
            {
                sheet.Cell(r + 2, c + 1).Value = cells[c];
                sheet.Cell(r + 2, c + 1).DataType = XLDataType.Text;
            }
        }

        var lists = book.AddWorksheet("listes");
        var words = Decisions.Keys.ToList();
        for (var i = 0; i < words.Count; i++)
        {
            lists.Cell(i + 1, 1).Value = words[i];
        }

        lists.Hide();
        var decisionRange = sheet.Range(2, DecisionColumn + 1, Math.Max(2, rows.Count + 1), DecisionColumn + 1);
        var validation = decisionRange.SetDataValidation();
        validation.List(lists.Range(1, 1, words.Count, 1));
        validation.IgnoreBlanks = true;
        validation.ErrorTitle = "Décision / decision";
        validation.ErrorMessage = "accepter, rejeter, lier ou passer / accept, reject, link or skip";
        sheet.Row(1).Style.Font.Bold = true;
        sheet.SheetView.FreezeRows(1);
        sheet.Columns().Width = 18; // fixed widths: measuring text needs libgdiplus, absent on servers
        book.SaveAs(path);
    }

    private static async Task<(List<(int Row, ReviewRow Line)> Rows, List<ReviewFileError> Errors)> ReadCsvAsync(string path, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        await using var csv = CsvReader.Create(reader, new CsvReaderOptions { TrackLineNumbers = true, HasHeader = true }, leaveOpen: false);
        var rows = new List<(int, ReviewRow)>();
        await csv.ReadHeaderAsync(cancellationToken);
        var (index, errors) = HeaderIndex([.. csv.Headers]);
        if (errors.Count > 0)
        {
            return (rows, errors);
        }

        while (await csv.ReadAsync(cancellationToken))
        {
            var cells = index.Select(i => i < csv.FieldCount ? (csv.GetString(i) ?? "").Trim() : "").ToArray();
            if (cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            rows.Add(((int)csv.LineNumber, Row(cells)));
        }

        return (rows, []);
    }

    private static (List<(int Row, ReviewRow Line)> Rows, List<ReviewFileError> Errors) ReadXlsx(string path)
    {
        using var book = new XLWorkbook(path);
        var sheet = book.Worksheets.First();
        var rows = new List<(int, ReviewRow)>();
        var last = sheet.LastColumnUsed()?.ColumnNumber() ?? 0;
        var header = Enumerable.Range(1, last).Select(c => sheet.Cell(1, c).GetString()).ToArray();
        var (index, errors) = HeaderIndex(header);
        if (errors.Count > 0)
        {
            return (rows, errors);
        }

        var lastRow = sheet.LastRowUsed()?.RowNumber() ?? 1;
        for (var r = 2; r <= lastRow; r++)
        {
            var cells = index.Select(i => sheet.Cell(r, i + 1).GetString().Trim()).ToArray();
            if (cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            rows.Add((r, Row(cells)));
        }

        return (rows, []);
    }

    /// <summary>Position of each expected column in the file's header; a missing column is an error naming it.</summary>
    private static (int[] Index, List<ReviewFileError> Errors) HeaderIndex(string[] header)
    {
        var errors = new List<ReviewFileError>();
        var index = new int[Columns.Count];
        for (var c = 0; c < Columns.Count; c++)
        {
            index[c] = Array.FindIndex(header, h => string.Equals(h.Trim().TrimStart('\uFEFF'), Columns[c], StringComparison.OrdinalIgnoreCase));
            if (index[c] < 0)
            {
                errors.Add(new ReviewFileError(1, Columns[c], "colonne absente de l'en-tête", "column missing from the header"));
            }
        }

        return (index, errors);
    }
}
