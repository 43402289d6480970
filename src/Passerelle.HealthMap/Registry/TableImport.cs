using Passerelle.HealthMap.Boundaries;
using Passerelle.HealthMap.Mapping;
using Passerelle.HealthMap.Reading;

namespace Passerelle.HealthMap.Registry;

/// <summary>One pass over a table whose header was found: every row loaded or quarantined, duplicates found.</summary>
internal sealed class TableImport(
    string fileName,
    byte[] content,
    RawTable table,
    HeaderLayout layout,
    ColumnMapping mapping,
    SenegalBoundaries territory)
{
    private readonly List<ImportFinding> _findings = [];
    private readonly List<RegistryFacility> _facilities = [];
    private readonly List<QuarantinedRow> _quarantine = [];
    private readonly Dictionary<string, RegistryFacility> _byCode = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, RegistryFacility> _byNameAndDistrict = new(StringComparer.Ordinal);

    public RegistryImportResult Run()
    {
        ReportReading();
        ReportColumns();

        var interpreter = new RowInterpreter(fileName, layout, mapping, territory);
        var rowsRead = 0;
        var blankRows = 0;
        foreach (var row in table.Rows.Skip(layout.RowIndex + 1))
        {
            if (row.IsBlank)
            {
                blankRows++;
                continue;
            }

            rowsRead++;
            Accept(row, interpreter.Interpret(row));
        }

        if (blankRows > 0)
        {
            File(FindingSeverity.Info, "HM-BLANK-ROWS", null,
                $"{blankRows} ligne(s) vide(s) ignorée(s)", $"{blankRows} blank row(s) skipped");
        }

        if (rowsRead == 0)
        {
            File(FindingSeverity.Fatal, "HM-NO-ROWS", null,
                "Fichier refusé : aucune ligne de données après l'en-tête", "file refused: no data rows after the header");
        }

        var columns = layout.Columns.ToDictionary(p => p.Key, p => layout.HeaderOf(p.Value));
        var source = new RegistrySourceFile(fileName, table.Format, RegistryImporter.ContentHash(content), content.LongLength,
            table.Sheet, layout.RowNumber, mapping.Description, columns);
        var refused = rowsRead == 0;
        return new RegistryImportResult(
            source,
            refused,
            refused ? [] : _facilities,
            refused ? [] : _quarantine,
            _findings,
            rowsRead,
            blankRows);
    }

    private void Accept(RawRow row, RowOutcome outcome)
    {
        _findings.AddRange(outcome.Findings);
        if (outcome.Quarantined is { } quarantined)
        {
            _quarantine.Add(quarantined);
            return;
        }

        var facility = outcome.Facility!;
        if (facility.Facility.Code(Core.Facilities.FacilityCodeKinds.Registry) is { } code
            && _byCode.TryGetValue(code, out var first))
        {
            var reason = new ImportFinding(fileName, row.Number, layout.HeaderOf(RegistryField.Code), FindingSeverity.Error,
                "HM-CODE-DUPLICATE",
                $"Code « {code} » en double : déjà utilisé ligne {first.Row} ({first.Facility.Name})",
                $"duplicate code '{code}': already used on row {first.Row} ({first.Facility.Name})");
            _findings.Add(reason);
            var cells = row.Cells.Select((value, i) => new SourceCell(layout.HeaderOf(i), value)).ToList();
            _quarantine.Add(new QuarantinedRow(row.Number, cells, [reason]));
            return;
        }

        var nameKey = TextKey.Of(facility.Facility.Name) + "|" + TextKey.Of(facility.Facility.District);
        if (_byNameAndDistrict.TryGetValue(nameKey, out var twin))
        {
            _findings.Add(new ImportFinding(fileName, row.Number, layout.HeaderOf(RegistryField.Name), FindingSeverity.Warning,
                "HM-NAME-DUPLICATE",
                $"Même nom et même district que la ligne {twin.Row} (code {twin.Code}) : doublon possible",
                $"same name and district as row {twin.Row} (code {twin.Code}): possible duplicate"));
        }
        else
        {
            _byNameAndDistrict[nameKey] = facility;
        }

        if (facility.Facility.Code(Core.Facilities.FacilityCodeKinds.Registry) is { } newCode)
        {
            _byCode[newCode] = facility;
        }

        _facilities.Add(facility);
    }

    private void ReportReading()
    {
        var sheet = table.Sheet is null ? string.Empty : $" (feuille / sheet « {table.Sheet} »)";
        File(FindingSeverity.Info, "HM-FORMAT", null,
            $"Format {table.Format}{sheet}, en-tête ligne {layout.RowNumber}",
            $"{table.Format} format{sheet}, header on row {layout.RowNumber}");
        foreach (var note in table.Notes)
        {
            _findings.Add(new ImportFinding(fileName, note.Row, null,
                note.IsWarning ? FindingSeverity.Warning : FindingSeverity.Info, "HM-READING", note.French, note.English));
        }

        var titleRows = table.Rows.Take(layout.RowIndex).Count(r => !r.IsBlank);
        if (titleRows > 0)
        {
            File(FindingSeverity.Info, "HM-TITLE-ROWS", null,
                $"{titleRows} ligne(s) de titre avant l'en-tête ignorée(s)", $"{titleRows} title row(s) above the header skipped");
        }
    }

    private void ReportColumns()
    {
        foreach (var index in layout.Ignored)
        {
            _findings.Add(new ImportFinding(fileName, layout.RowNumber, layout.HeaderOf(index), FindingSeverity.Info,
                "HM-COLUMN-IGNORED", "Colonne non reconnue, ignorée", "column not recognised, ignored"));
        }

        foreach (var index in layout.Repeated)
        {
            _findings.Add(new ImportFinding(fileName, layout.RowNumber, layout.HeaderOf(index), FindingSeverity.Warning,
                "HM-COLUMN-REPEATED", "Colonne en double pour le même champ : la première est utilisée",
                "second column for the same field: the first one is used"));
        }

        if (!layout.Columns.ContainsKey(RegistryField.Code))
        {
            File(FindingSeverity.Warning, "HM-CODE-COLUMN-MISSING", null,
                "Pas de colonne « Code » : identifiant dérivé du nom et du district (HM-…)",
                "no 'Code' column: identifier derived from name and district (HM-…)");
        }

        foreach (var (field, french) in (ReadOnlySpan<(RegistryField, string)>)[
            (RegistryField.Type, "Type"), (RegistryField.District, "District sanitaire"), (RegistryField.Region, "Région"),
            (RegistryField.Latitude, "Latitude"), (RegistryField.Longitude, "Longitude")])
        {
            if (!layout.Columns.ContainsKey(field))
            {
                File(FindingSeverity.Warning, "HM-COLUMN-MISSING", null,
                    $"Colonne « {french} » absente", $"column '{field}' missing");
            }
        }
    }

    private void File(FindingSeverity severity, string code, int? row, string french, string english) =>
        _findings.Add(new ImportFinding(fileName, row, null, severity, code, french, english));
}
