using ClosedXML.Excel;
using Passerelle.Core.Facilities;
using Passerelle.HealthMap.Reading;
using Passerelle.HealthMap.Registry;

namespace Passerelle.HealthMap.Tests.Registry;

public sealed class RegistryImporterXlsxTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly RegistryImporter _importer = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task CheckAsync_WorkbookWithTitleMergedCellsAndBlankRows_LoadsEveryFacility()
    {
        // Given: a title merged over the header, the region merged down its rows, a blank row
        var file = WriteWorkbook("carte.xlsx", sheet =>
        {
            sheet.Cell(1, 1).Value = "Carte sanitaire 2024 — Région de Thiès";
            sheet.Range(1, 1, 1, 8).Merge();
            string[] header = ["Code", "Nom de la structure", "Type", "Région", "District sanitaire", "Latitude", "Longitude", "Population desservie"];
            for (var c = 0; c < header.Length; c++)
            {
                sheet.Cell(3, c + 1).Value = header[c];
            }

            Row(sheet, 4, "SN-PS-001", "Poste de santé de Pout", "PS", "Pout", 14.7706, -17.0611, 12500);
            Row(sheet, 5, "SN-CS-002", "Centre de santé de Khombole", "CS2", "Khombole", 14.7667, -16.6967, 45000);
            Row(sheet, 7, "SN-CS-003", "Centre de santé de Mbour", "CS1", "Mbour", 14.4199, -16.9636, 60000);
            sheet.Cell(4, 4).Value = "Thiès";
            sheet.Range(4, 4, 7, 4).Merge();
            sheet.Cell(6, 1).Value = " ";
        });

        // When
        var result = await _importer.CheckAsync(file, CancellationToken.None);

        // Then
        Assert.True(result.IsUsable);
        Assert.Equal(RegistryFileFormat.Xlsx, result.Source.Format);
        Assert.Equal(3, result.Source.HeaderRow);
        Assert.Equal(3, result.RowsRead);
        Assert.Equal(1, result.BlankRowsSkipped);
        Assert.All(result.Facilities, f => Assert.Equal("Thiès", f.Facility.Region));
        Assert.Equal([4, 5, 7], result.Facilities.Select(f => f.Row));
        Assert.Equal(14.7706, result.Facilities[0].Facility.Location?.Latitude);
        Assert.Equal(FacilityType.CentreDeSanteType2, result.Facilities[1].Facility.Type);
        Assert.Equal(60_000, result.Facilities[2].CatchmentPopulation);
        Assert.Contains(result.Findings, f => f.Code == "HM-READING" && f.French.Contains("fusionnées D4:D7", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CheckAsync_HeaderSplitOverTwoMergedRows_FindsTheColumns()
    {
        // Given: « Coordonnées GPS » merged over Latitude | Longitude, the other headers merged down two rows
        var file = WriteWorkbook("deux-lignes.xlsx", sheet =>
        {
            sheet.Cell(1, 1).Value = "Code";
            sheet.Range(1, 1, 2, 1).Merge();
            sheet.Cell(1, 2).Value = "Nom de la structure";
            sheet.Range(1, 2, 2, 2).Merge();
            sheet.Cell(1, 3).Value = "Coordonnées GPS";
            sheet.Range(1, 3, 1, 4).Merge();
            sheet.Cell(2, 3).Value = "Latitude";
            sheet.Cell(2, 4).Value = "Longitude";
            sheet.Cell(3, 1).Value = "SN-PS-001";
            sheet.Cell(3, 2).Value = "Poste de santé de Pout";
            sheet.Cell(3, 3).Value = 14.7706;
            sheet.Cell(3, 4).Value = -17.0611;
        });

        // When
        var result = await _importer.CheckAsync(file, CancellationToken.None);

        // Then
        Assert.Equal(2, result.Source.HeaderRow);
        Assert.NotNull(Assert.Single(result.Facilities).Facility.Location);
    }

    [Fact]
    public async Task CheckAsync_FirstSheetIsANoteSecondHoldsTheList_UsesTheListSheet()
    {
        var path = Path.Combine(_folder.Path, "deux-feuilles.xlsx");
        using (var workbook = new XLWorkbook())
        {
            workbook.AddWorksheet("Notes").Cell(1, 1).Value = "Source : CSSDOS";
            var list = workbook.AddWorksheet("Structures");
            list.Cell(1, 1).Value = "Nom de la structure";
            list.Cell(1, 2).Value = "District sanitaire";
            list.Cell(2, 1).Value = "Poste de santé de Pout";
            list.Cell(2, 2).Value = "Pout";
            workbook.SaveAs(path);
        }

        var result = await _importer.CheckAsync(path, CancellationToken.None);

        Assert.Equal("Structures", result.Source.Sheet);
        Assert.Single(result.Facilities);
    }

    [Fact]
    public async Task CheckAsync_DamagedWorkbook_IsRefused()
    {
        var file = _folder.Write("abime.xlsx", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x01, 0x02, 0x03]);

        var result = await _importer.CheckAsync(file, CancellationToken.None);

        Assert.True(result.IsRefused);
        Assert.Equal("HM-NOT-A-TABLE", Assert.Single(result.Findings).Code);
    }

    private static void Row(IXLWorksheet sheet, int row, string code, string name, string type, string district, double latitude, double longitude, int population)
    {
        sheet.Cell(row, 1).Value = code;
        sheet.Cell(row, 2).Value = name;
        sheet.Cell(row, 3).Value = type;
        sheet.Cell(row, 5).Value = district;
        sheet.Cell(row, 6).Value = latitude;
        sheet.Cell(row, 7).Value = longitude;
        sheet.Cell(row, 8).Value = population;
    }

    private string WriteWorkbook(string name, Action<IXLWorksheet> fill)
    {
        var path = Path.Combine(_folder.Path, name);
        using var workbook = new XLWorkbook();
        fill(workbook.AddWorksheet("Liste"));
        workbook.SaveAs(path);
        return path;
    }
}
